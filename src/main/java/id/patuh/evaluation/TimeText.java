package id.patuh.evaluation;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import org.springframework.modulith.NamedInterface;

import id.patuh.calendar.DayCounting;
import id.patuh.calendar.IndonesianZones;
import id.patuh.calendar.MutuBakuWaktu;
import id.patuh.messages.Texts;

/**
 * Times, durations and standards as finding messages print them (the console prints the same
 * forms, so a page can be laid next to a message). Messages must be concrete
 * enough for an auditor to check by hand, so times carry the zone an office uses (WIB/WITA/WIT).
 */
@NamedInterface("api")
public final class TimeText {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private TimeText() {
    }

    /** {@code 2024-04-02 09:15 WIB} */
    public static String instant(Instant t, ZoneId zone) {
        if (t == null) {
            return null;
        }
        return WHEN.format(t.atZone(zone)) + " " + IndonesianZones.name(zone);
    }

    /**
     * {@code 2 j 35 m}, {@code 20 m}: hours and minutes, to the nearest minute. An auditor reads
     * working time in minutes; seconds ("1 j 0 m 30 d") were noise. Under half a minute is {@code < 1 m}.
     */
    public static String duration(Duration d) {
        return format(d, "j", "m", "d");
    }

    /** {@code 2 h 35 min} */
    static String durationEn(Duration d) {
        return format(d, "h", "min", "s");
    }

    /**
     * {@link #duration} for a page: in English when the request being served is, else (and
     * outside a request) exactly {@link #duration}.
     */
    public static String durationForRequest(Duration d) {
        return Texts.english() ? durationEn(d) : duration(d);
    }

    /** {@link #standard} for a page, in the request's language like {@link #durationForRequest}. */
    public static String standardForRequest(MutuBakuWaktu waktu, DayCounting counting) {
        return Texts.english() ? standardEn(waktu, counting) : standard(waktu, counting);
    }

    /** {@code 1 jam}, {@code 30 menit}, {@code 3 hari kerja}, {@code 3 hari kalender} */
    public static String standard(MutuBakuWaktu waktu, DayCounting counting) {
        if (waktu.isDays()) {
            return waktu.workingDays() + (counting == DayCounting.CALENDAR ? " hari kalender" : " hari kerja");
        }
        Duration t = waktu.workingTime();
        String hours = t.toHours() > 0 ? t.toHours() + " jam" : "";
        String minutes = t.toMinutesPart() > 0 ? t.toMinutesPart() + " menit" : "";
        return (hours + " " + minutes).strip();
    }

    /** {@code 1 hour}, {@code 30 minutes}, {@code 3 working days}, {@code 1 calendar day} */
    static String standardEn(MutuBakuWaktu waktu, DayCounting counting) {
        if (waktu.isDays()) {
            String kind = counting == DayCounting.CALENDAR ? " calendar day" : " working day";
            return plural(waktu.workingDays(), kind);
        }
        Duration t = waktu.workingTime();
        String hours = t.toHours() > 0 ? plural(t.toHours(), " hour") : "";
        String minutes = t.toMinutesPart() > 0 ? plural(t.toMinutesPart(), " minute") : "";
        return (hours + " " + minutes).strip();
    }

    private static String format(Duration d, String h, String m, String s) {
        Duration minutes = d.plusSeconds(30).truncatedTo(java.time.temporal.ChronoUnit.MINUTES);
        if (minutes.isZero() && !d.isZero()) {
            return "< 1 " + m;
        }
        return (minutes.toHours() > 0 ? minutes.toHours() + " " + h + " " : "") + minutes.toMinutesPart() + " " + m;
    }

    private static String plural(long n, String unit) {
        return n + unit + (n == 1 ? "" : "s");
    }
}
