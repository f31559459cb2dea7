package id.patuh.findings;

import java.util.Locale;
import java.util.Set;

import com.fasterxml.jackson.annotation.JsonValue;

/** Where a finding stands in the inspektorat's follow-up. */
public enum FindingStatus {
    /** Raised, nothing done yet. */
    TERBUKA,
    /** A follow-up has been recorded (who, when, what). */
    DITINDAKLANJUTI,
    /** Closed: by an auditor, or automatically because it no longer holds. */
    SELESAI,
    /** Accepted as an exception, with a justification. */
    DIKECUALIKAN;

    @JsonValue
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static FindingStatus fromLabel(String label) {
        return valueOf(label.strip().toUpperCase(Locale.ROOT));
    }

    /** Open means someone still has to act. */
    public boolean open() {
        return this == TERBUKA || this == DITINDAKLANJUTI;
    }

    /** The statuses an auditor may move a finding to from this one. */
    public Set<FindingStatus> allowedNext() {
        return switch (this) {
            case TERBUKA -> Set.of(DITINDAKLANJUTI, SELESAI, DIKECUALIKAN);
            case DITINDAKLANJUTI -> Set.of(DITINDAKLANJUTI, SELESAI, DIKECUALIKAN);
            case SELESAI, DIKECUALIKAN -> Set.of(TERBUKA);
        };
    }
}
