package id.patuh.evaluation.fact;

import org.kie.api.definition.type.ClassReactive;

/**
 * One item of a step's Mutu Baku Kelengkapan.
 *
 * @param key  the name lower-cased with whitespace removed, compared with {@link StepRun#kelengkapanKeys()}
 * @param name the name as the SOP writes it
 */
@ClassReactive
public record RequiredInput(int stepNo, String key, String name) {
}
