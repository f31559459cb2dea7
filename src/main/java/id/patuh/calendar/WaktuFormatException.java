package id.patuh.calendar;

/**
 * A Mutu Baku waktu that cannot be read. The message names the offending text in Bahasa
 * Indonesia first and English second, because the people who fix it are the SOP authors.
 */
public class WaktuFormatException extends IllegalArgumentException {

    WaktuFormatException(String indonesian, String english) {
        super(indonesian + " / " + english);
    }
}
