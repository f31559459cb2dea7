package id.patuh.report;

import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/**
 * Findings still open (terbuka, belum_ditindaklanjuti or dalam_proses, kondisi berlaku) for the unit's data and cases of the period,
 * and for the SOPs the unit runs.
 *
 * @param bySeverity tinggi, sedang, rendah — always all three, in that order
 * @param items      most severe first, then oldest first
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record OpenFindings(List<SeverityCount> bySeverity, List<Item> items) {

    public long count(String severity) {
        return bySeverity.stream().filter(s -> s.severity().equals(severity)).mapToLong(SeverityCount::count).sum();
    }

    /**
     * @param oldestDays age of the oldest, in whole days since it was detected; 0 when none
     */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record SeverityCount(String severity, long count, long oldestDays, List<String> ids) {
    }

    /**
     * @param subject where it applies, e.g. "sda-2024-TW1 langkah 9" or "IKU-3 2024-Q1"
     * @param ageDays whole days since detected_at, at the report time
     */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record Item(String id, String code, String severity, String status, String unit, String subject,
            Instant detectedAt, long ageDays, String message, List<String> evidence) {
    }
}
