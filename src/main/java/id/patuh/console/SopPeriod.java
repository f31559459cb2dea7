package id.patuh.console;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The span an SOP sheet's evidence covers, written as in indicators.csv: a year ({@code 2024})
 * or a triwulan ({@code 2024-Q1}). A step belongs to it by the day it started, in its unit's zone.
 *
 * @param quarter 1–4, or 0 for the whole year
 */
record SopPeriod(int year, int quarter) {

    private static final Pattern TEXT = Pattern.compile("(\\d{4})(?:-Q([1-4]))?");

    static Optional<SopPeriod> parse(String text) {
        Matcher m = TEXT.matcher(text == null ? "" : text.strip().toUpperCase(Locale.ROOT));
        if (!m.matches() || Integer.parseInt(m.group(1)) < 2000 || Integer.parseInt(m.group(1)) > 2100) {
            return Optional.empty();
        }
        return Optional.of(new SopPeriod(Integer.parseInt(m.group(1)), m.group(2) == null ? 0
                : Integer.parseInt(m.group(2))));
    }

    static SopPeriod currentYear(ZoneId zone) {
        return new SopPeriod(LocalDate.now(zone).getYear(), 0);
    }

    String label() {
        return quarter == 0 ? Integer.toString(year) : year + "-Q" + quarter;
    }

    /** First day, inclusive. */
    LocalDate start() {
        return LocalDate.of(year, quarter == 0 ? 1 : 3 * quarter - 2, 1);
    }

    /** Day after the last day. */
    LocalDate end() {
        return quarter == 0 ? start().plusYears(1) : start().plusMonths(3);
    }

    boolean contains(LocalDate day) {
        return !day.isBefore(start()) && day.isBefore(end());
    }

    /** The monitoring form's semesters ({@code 2024-S1}) that this span falls in. */
    List<String> halves() {
        if (quarter == 0) {
            return List.of(year + "-S1", year + "-S2");
        }
        return List.of(year + "-S" + (quarter <= 2 ? 1 : 2));
    }
}
