package id.patuh.calendar;

import id.patuh.messages.Text;

/**
 * A Mutu Baku waktu that cannot be read. The message names the offending text in Bahasa
 * Indonesia first and English second, because the people who fix it are the SOP authors; the
 * {@link #text()} lets a caller that answers in one language pick it.
 */
public class WaktuFormatException extends IllegalArgumentException {

    private final transient Text text;

    WaktuFormatException(Text text) {
        super(text.both());
        this.text = text;
    }

    /** The message as a key of the calendar bundle and its arguments. */
    public Text text() {
        return text;
    }
}
