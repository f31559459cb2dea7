package id.patuh.findings;

import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/**
 * A stored finding as the API serves it: the fields of interchange.md §5 plus its lifecycle.
 *
 * @param detectedAt when an evaluation first raised it
 * @param history      every status and kondisi change, oldest first (append-only)
 * @param kondisi      whether the condition still holds (set by the system only)
 * @param tindakLanjut the audit item's follow-up; null while it is not an audit item
 * @param sopVersion   the tanggal_efektif of the SOP version the finding was judged by (semantics v2)
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
        Kondisi kondisi,
        String kondisiReason,
        FollowUp tindakLanjut,
        String sopVersion) {

    /**
     * Still counts against the unit and still needs someone to act: not settled by the auditor and
     * the condition still holds (what "open" meant before the follow-up categories).
     */
    public boolean open() {
        return status.open() && kondisi == Kondisi.BERLAKU;
    }

    /**
     * One change, oldest first. {@code from}/{@code to} are status labels as they were written:
     * entries from before the follow-up categories keep their old labels (terbuka,
     * ditindaklanjuti, selesai), so nothing of the history is rewritten.
     */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record HistoryEntry(Instant at, String actor, String from, String to, String note) {
    }
}
