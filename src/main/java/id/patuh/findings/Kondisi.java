package id.patuh.findings;

import java.util.Locale;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * Whether the condition a finding describes still holds. Only the system sets it, from the
 * rules: it is a fact about the data, not an auditor's judgement on the follow-up.
 */
public enum Kondisi {
    /** The rules still raise it. */
    BERLAKU,
    /** Newer data showed it no longer holds (e.g. the late verification arrived). */
    TIDAK_BERLAKU;

    @JsonValue
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** A stored label; a document without one (never the case after migration) holds. */
    static Kondisi fromLabel(String label) {
        return label == null ? BERLAKU : valueOf(label.strip().toUpperCase(Locale.ROOT));
    }
}
