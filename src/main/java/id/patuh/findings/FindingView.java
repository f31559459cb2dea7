package id.patuh.findings;

import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/**
 * A stored finding as the API serves it: the fields of interchange.md §5 plus its lifecycle.
 *
 * @param detectedAt when an evaluation first raised it
 * @param history    every status change, oldest first (append-only)
 * @param sopVersion the tanggal_efektif of the SOP version the finding was judged by (semantics v2)
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record FindingView(
        String id,
        String code,
        String severity,
        String sopCode,
        String caseId,
        Integer stepNo,
        String unit,
        String indicatorCode,
        String period,
        String rule,
        String message,
        String messageEn,
        List<String> evidence,
        Instant detectedAt,
        String ruleSetVersion,
        FindingStatus status,
        String statusReason,
        Instant updatedAt,
        List<HistoryEntry> history,
        String sopVersion) {

    /** A finding stored before SOP versions were recorded. */
    public FindingView(String id, String code, String severity, String sopCode, String caseId, Integer stepNo,
            String unit, String indicatorCode, String period, String rule, String message, String messageEn,
            List<String> evidence, Instant detectedAt, String ruleSetVersion, FindingStatus status,
            String statusReason, Instant updatedAt, List<HistoryEntry> history) {
        this(id, code, severity, sopCode, caseId, stepNo, unit, indicatorCode, period, rule, message, messageEn,
                evidence, detectedAt, ruleSetVersion, status, statusReason, updatedAt, history, null);
    }

    /** One status change. */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record HistoryEntry(Instant at, String actor, FindingStatus from, FindingStatus to, String note) {
    }
}
