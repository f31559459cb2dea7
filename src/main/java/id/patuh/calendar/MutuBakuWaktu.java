package id.patuh.calendar;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import id.patuh.messages.Text;

/**
 * The Mutu Baku standard time of one SOP step: either a number of working days or an amount
 * of working time, never both. Days are kept apart from time because "1 hari" means "by the
 * same clock time on the next working day", not 7.5 working hours.
 *
 * @param workingDays working days, or 0 when the standard is working time
 * @param workingTime working time, or {@link Duration#ZERO} when the standard is in days
 */
public record MutuBakuWaktu(int workingDays, Duration workingTime) {

    /** Caps both forms so that a typo like "99999 hari" cannot make a due-date walk run for ever. */
    static final int MAX_DAYS = 3660;

    private static final Pattern ISO_DAYS = Pattern.compile("P(\\d{1,9})D");

    public MutuBakuWaktu {
        workingTime = workingTime == null ? Duration.ZERO : workingTime;
        boolean days = workingDays > 0;
        boolean time = workingTime.compareTo(Duration.ZERO) > 0;
        if (workingDays < 0 || workingTime.isNegative() || days == time) {
            throw new WaktuFormatException(new Text("calendar.waktu.days-or-time"));
        }
        if (workingDays > MAX_DAYS || workingTime.compareTo(Duration.ofDays(MAX_DAYS)) > 0) {
            throw new WaktuFormatException(new Text("calendar.waktu.total-too-large", MAX_DAYS));
        }
    }

    public static MutuBakuWaktu ofDays(int workingDays) {
        return new MutuBakuWaktu(workingDays, Duration.ZERO);
    }

    public static MutuBakuWaktu ofTime(Duration workingTime) {
        return new MutuBakuWaktu(0, workingTime);
    }

    /**
     * Parses the waktu as an SOP writes it: "5 Menit", "1,5 jam", "3 hari", "15 mnt", or a bare
     * number whose unit comes from the column header.
     *
     * @param bareNumberUnit the unit of a bare number such as "60"; null when the source has none
     * @throws WaktuFormatException for anything else, including zero and negative amounts
     */
    public static MutuBakuWaktu parseText(String text, WaktuUnit bareNumberUnit) {
        return WaktuText.parse(text, bareNumberUnit);
    }

    /** Parses the catalog's normalised form: {@code PT5M}, {@code PT1H30M}, {@code P3D}. */
    public static MutuBakuWaktu parseIso(String iso) {
        String text = iso == null ? "" : iso.trim();
        Matcher days = ISO_DAYS.matcher(text);
        try {
            if (days.matches()) {
                return ofDays(Integer.parseInt(days.group(1)));
            }
            if (text.startsWith("PT")) {
                return ofTime(Duration.parse(text));
            }
        } catch (DateTimeParseException | NumberFormatException | WaktuFormatException e) {
            // fall through: one message for every malformed or non-positive ISO value
        }
        throw new WaktuFormatException(new Text("calendar.waktu.iso-invalid", iso));
    }

    /** The catalog form; days stay {@code P<n>D} because they are working days, not 24 hours. */
    public String toIso() {
        return isDays() ? "P" + workingDays + "D" : workingTime.toString();
    }

    public boolean isDays() {
        return workingDays > 0;
    }
}
