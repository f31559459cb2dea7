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
 * @param dilanggarPada       when the rule was broken: a duration rule's due instant (start + Mutu
 *                            Baku in working time), a deadline rule's deadline; else detected_at
 * @param dilanggarPadaSumber {@code aturan} when the rule gave that instant, {@code deteksi} when
 *                            it is detected_at standing in (rules without a deadline, findings stored
 *                            before the field and not raised since)
 * @param umurHariKerja       working days of the unit since {@code dilanggarPada}, up to today
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
        String sopVersion,
        Instant dilanggarPada,
        String dilanggarPadaSumber,
        long umurHariKerja) {

    /** {@code dilanggar_pada_sumber} when the rule gave the instant it was broken. */
    public static final String SUMBER_ATURAN = "aturan";
    /** {@code dilanggar_pada_sumber} when detected_at stands in for it. */
    public static final String SUMBER_DETEKSI = "deteksi";

    /** A view without its age (callers that build views by hand): broken when detected, 0 days old. */
    public FindingView(String id, String code, String severity, String sopCode, String caseId, Integer stepNo,
            String unit, String indicatorCode, String period, String rule, String message, String messageEn,
            List<String> evidence, Instant detectedAt, String ruleSetVersion, FindingStatus status,
            String statusReason, Instant updatedAt, List<HistoryEntry> history, Kondisi kondisi,
            String kondisiReason, FollowUp tindakLanjut, String sopVersion) {
        this(id, code, severity, sopCode, caseId, stepNo, unit, indicatorCode, period, rule, message, messageEn,
                evidence, detectedAt, ruleSetVersion, status, statusReason, updatedAt, history, kondisi,
                kondisiReason, tindakLanjut, sopVersion, detectedAt, SUMBER_DETEKSI, 0);
    }

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
