package id.patuh.findings;

import java.util.Locale;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * Where a finding stands with the inspektorat. Before the auditor decides, a finding is
 * {@code terbuka}; accepted as an audit item it carries the follow-up categories of the
 * government's follow-up monitoring (belum ditindaklanjuti, dalam proses, sesuai, tidak dapat
 * ditindaklanjuti); set aside, it is {@code dikecualikan}. Whether the condition itself still
 * holds is a separate matter ({@link Kondisi}): the system never moves a finding along here.
 */
public enum FindingStatus {
    /** Raised by the rules; the inspektorat has not decided on it yet. */
    TERBUKA,
    /** An audit item with a recommendation; the unit has not acted yet. */
    BELUM_DITINDAKLANJUTI,
    /** The unit reported a follow-up that the auditor has not accepted as matching (belum sesuai). */
    DALAM_PROSES,
    /** The auditor accepted the follow-up as matching the recommendation. */
    SESUAI,
    /** The auditor decided it cannot be acted on, with the reason. */
    TIDAK_DAPAT_DITINDAKLANJUTI,
    /** Not an audit item, with a justification. */
    DIKECUALIKAN;

    @JsonValue
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The status of a label; an unknown label (also an old one, before migration) is refused. */
    public static FindingStatus fromLabel(String label) {
        return valueOf(label.strip().toUpperCase(Locale.ROOT));
    }

    /** Someone still has to act: the auditor (terbuka) or the unit (an audit item not yet settled). */
    public boolean open() {
        return this == TERBUKA || awaitingFollowUp();
    }

    /** An audit item whose follow-up is still owed by the unit: the ones that can be overdue. */
    public boolean awaitingFollowUp() {
        return this == BELUM_DITINDAKLANJUTI || this == DALAM_PROSES;
    }

    /** Accepted by the inspektorat as an audit item (with a recommendation). */
    public boolean auditItem() {
        return this != TERBUKA && this != DIKECUALIKAN;
    }
}
