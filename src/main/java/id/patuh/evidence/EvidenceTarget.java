package id.patuh.evidence;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** What an evidence file proves: a step run (its event), an indicator record, or a finding's follow-up. */
public enum EvidenceTarget {
    EVENT("event"), RECORD("record"), FINDING("finding");

    private final String label;

    EvidenceTarget(String label) {
        this.label = label;
    }

    /** The name in the API: {@code event}, {@code record}, {@code finding}. */
    public String label() {
        return label;
    }

    public static Optional<EvidenceTarget> of(String label) {
        String wanted = label == null ? "" : label.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(t -> t.label.equals(wanted)).findFirst();
    }
}
