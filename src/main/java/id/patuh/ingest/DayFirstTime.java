package id.patuh.ingest;

import java.time.DateTimeException;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import id.patuh.messages.Text;

/**
 * The day-first time a spreadsheet in an Indonesian locale writes into a CSV
 * ({@code 02/11/2026 10:00} = 2 November 2026, 10:00), an addition to interchange.md's ISO-8601.
 *
 * <p>Only what can be read one way is read: day/month/four-digit year, then hours and minutes.
 * A two-digit year, a missing time, or a second number above 12 (a month-first date as an
 * English-locale spreadsheet writes it) could mean something else, so they are refused rather
 * than guessed. What was read is said back in words, so a wrong reading is seen at once.
 */
final class DayFirstTime {

    private static final Pattern SHAPE = Pattern.compile(
            "(\\d{1,2})([/.-])(\\d{1,2})\\2(\\d{2,4})(?:[ T]+(\\d{1,2})[:.](\\d{2})(?:[:.](\\d{2}))?)?");
    private static final DateTimeFormatter SAID = DateTimeFormatter.ofPattern("d MMMM yyyy HH:mm:ss",
            Locale.forLanguageTag("id"));
    private static final DateTimeFormatter SAID_EN = DateTimeFormatter.ofPattern("d MMMM yyyy HH:mm:ss",
            Locale.ENGLISH);

    /** A reading: the local time, or why the text cannot be read as one (Indonesian, English). */
    record Reading(LocalDateTime time, String problem, String problemEn) {

        String said() {
            return SAID.format(time);
        }

        String saidEn() {
            return SAID_EN.format(time);
        }
    }

    private DayFirstTime() {
    }

    /** Whether the text looks like a day/month/year date at all (else it is not this reader's to judge). */
    static boolean looksLikeOne(String text) {
        return SHAPE.matcher(text).matches();
    }

    /** Reads text that {@link #looksLikeOne looks like one}. */
    static Reading read(String text) {
        Matcher m = SHAPE.matcher(text);
        if (!m.matches()) {
            throw new IllegalArgumentException(text);
        }
        int day = Integer.parseInt(m.group(1));
        int month = Integer.parseInt(m.group(3));
        if (m.group(4).length() != 4) {
            return problem(new Text("ingest.time.two-digit-year"));
        }
        if (m.group(5) == null) {
            return problem(new Text("ingest.time.no-time"));
        }
        if (month > 12) {
            return problem(new Text("ingest.time.no-month", month));
        }
        try {
            int second = m.group(7) == null ? 0 : Integer.parseInt(m.group(7));
            return new Reading(LocalDateTime.of(Integer.parseInt(m.group(4)), month, day,
                    Integer.parseInt(m.group(5)), Integer.parseInt(m.group(6)), second), null, null);
        } catch (DateTimeException e) {
            return problem(new Text("ingest.time.not-existing"));
        }
    }

    private static Reading problem(Text problem) {
        return new Reading(null, problem.id(), problem.en());
    }
}
