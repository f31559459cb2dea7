package id.patuh.findings;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

import org.hibernate.validator.constraints.time.DurationMin;

import jakarta.validation.constraints.NotNull;

/**
 * When evaluation runs.
 *
 * @param onIngest      evaluate the cases and subjects of each batch right after it is stored
 * @param sweepInterval time between sweeps over all cases and subjects, for what time alone
 *                      changes (deadlines passing, running steps going over)
 * @param sweepOnStart  whether the first sweep runs right after start-up
 */
@Validated
@ConfigurationProperties("patuh.evaluation")
public record EvaluationProperties(
        @DefaultValue("true") boolean onIngest,
        @DefaultValue("PT15M") @NotNull @DurationMin(seconds = 1) Duration sweepInterval,
        @DefaultValue("true") boolean sweepOnStart) {
}
