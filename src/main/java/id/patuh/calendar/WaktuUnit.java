package id.patuh.calendar;

import java.util.Locale;

import id.patuh.messages.Text;

/** The unit an SOP writes its waktu in, or that a column header ("Waktu (Menit)") implies. */
public enum WaktuUnit {
    MENIT, JAM, HARI;

    /**
     * Reads a unit word, ignoring case. "mnt" is accepted because SOP tables abbreviate
     * minutes that way when the column is narrow.
     */
    public static WaktuUnit fromText(String text) {
        String word = text == null ? "" : text.trim().toLowerCase(Locale.ROOT);
        return switch (word) {
            case "menit", "mnt" -> MENIT;
            case "jam" -> JAM;
            case "hari" -> HARI;
            default -> throw new WaktuFormatException(new Text("calendar.waktu.unit-unknown", text));
        };
    }
}
