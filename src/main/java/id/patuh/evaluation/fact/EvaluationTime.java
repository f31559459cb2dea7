package id.patuh.evaluation.fact;

import java.time.Instant;

import org.kie.api.definition.type.ClassReactive;

/**
 * The instant an evaluation is "as of". Rules compare against it instead of reading the clock, so
 * the same data evaluated with the same {@code now} always gives the same findings.
 *
 * @param text {@code now} written in the unit's zone, e.g. {@code 2024-04-02 09:15 WIB}
 */
@ClassReactive
public record EvaluationTime(Instant now, String text) {
}
