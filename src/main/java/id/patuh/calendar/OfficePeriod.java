package id.patuh.calendar;

import java.time.LocalTime;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One stretch of office hours on a day, start inclusive and end exclusive; the gaps between
 * the periods of a day are its breaks.
 */
public record OfficePeriod(LocalTime start, LocalTime end) implements Comparable<OfficePeriod> {

    /** Office notices write "07.30" as often as "07:30", so both separators are read. */
    private static final Pattern TEXT =
            Pattern.compile("(\\d{1,2})[:.](\\d{2})\\s*[-–]\\s*(\\d{1,2})[:.](\\d{2})");

    public OfficePeriod {
        if (!start.isBefore(end)) {
            throw new IllegalArgumentException("end " + end + " is not after start " + start);
        }
    }

    /** Reads "07:30-12:00". */
    static OfficePeriod parse(String text) {
        Matcher m = TEXT.matcher(text.strip());
        if (!m.matches()) {
            throw new IllegalArgumentException("not HH:MM-HH:MM: " + text);
        }
        return new OfficePeriod(time(m.group(1), m.group(2)), time(m.group(3), m.group(4)));
    }

    private static LocalTime time(String hour, String minute) {
        return LocalTime.of(Integer.parseInt(hour), Integer.parseInt(minute));
    }

    boolean overlaps(OfficePeriod other) {
        return start.isBefore(other.end) && other.start.isBefore(end);
    }

    @Override
    public int compareTo(OfficePeriod other) {
        return start.compareTo(other.start);
    }

    @Override
    public String toString() {
        return start + "-" + end;
    }
}
