package id.patuh.findings;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/** What one sweep looked at and changed. */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record SweepResult(long cases, long subjects, long sops, ReconcileResult changes, long millis) {
}
