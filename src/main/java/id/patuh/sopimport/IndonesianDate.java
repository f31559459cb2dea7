package id.patuh.sopimport;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates as SOP sheets write them ("31 Januari 2021", "September 2019", "2022", "12-03-2024")
 * turned into the catalog's partial ISO form ("2021-01-31", "2019-09", "2022").
 */
final class IndonesianDate {

    private static final List<String> MONTHS = List.of("januari", "februari", "maret", "april", "mei", "juni",
            "juli", "agustus", "september", "oktober", "november", "desember");
    private static final Pattern WORDS = Pattern.compile("(?:(\\d{1,2})\\s+)?([A-Za-z]+)\\s+(\\d{4})");
    private static final Pattern NUMERIC = Pattern.compile("(\\d{1,2})[-/.](\\d{1,2})[-/.](\\d{4})");
    private static final Pattern YEAR = Pattern.compile("\\d{4}");
    private static final Pattern ISO = Pattern.compile("\\d{4}-\\d{2}(-\\d{2})?");

    private IndonesianDate() {
    }

    /** The ISO form, or empty when the text is no date this class knows. */
    static Optional<String> iso(String text) {
        String value = text.strip();
        if (YEAR.matcher(value).matches() || ISO.matcher(value).matches()) {
            return Optional.of(value);
        }
        Matcher words = WORDS.matcher(value);
        if (words.matches()) {
            int month = month(words.group(2));
            if (month == 0) {
                return Optional.empty();
            }
            String ym = words.group(3) + "-" + two(month);
            return Optional.of(words.group(1) == null ? ym : ym + "-" + two(Integer.parseInt(words.group(1))));
        }
        Matcher numeric = NUMERIC.matcher(value);
        if (numeric.matches()) {
            int day = Integer.parseInt(numeric.group(1));
            int month = Integer.parseInt(numeric.group(2));
            if (month >= 1 && month <= 12 && day >= 1 && day <= 31) {
                return Optional.of(numeric.group(3) + "-" + two(month) + "-" + two(day));
            }
        }
        return Optional.empty();
    }

    private static int month(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        for (int i = 0; i < MONTHS.size(); i++) {
            // "Agust", "Sept" and the English "March" style abbreviations of three letters or more
            if (lower.length() >= 3 && MONTHS.get(i).startsWith(lower)) {
                return i + 1;
            }
        }
        return 0;
    }

    private static String two(int number) {
        return number < 10 ? "0" + number : Integer.toString(number);
    }
}
