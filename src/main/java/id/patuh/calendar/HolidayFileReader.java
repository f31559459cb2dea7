package id.patuh.calendar;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import id.patuh.messages.Text;

/**
 * Reads one year of national holidays ({@code config/holidays/<year>.yaml}) and the
 * {@code local_holidays} lists of units, which share the per-holiday format.
 */
final class HolidayFileReader {

    /** One holiday file: its year, the legal source it was copied from, and its days. */
    record HolidayYear(int year, String source, List<Holiday> holidays) {
    }

    private static final Set<String> FILE_KEYS = Set.of("year", "source", "holidays");
    private static final Set<String> HOLIDAY_KEYS = Set.of("date", "name", "kind", "note");

    private HolidayFileReader() {
    }

    /** @param yearInFileName the year the file is named after, which its content must agree with */
    static HolidayYear read(ConfigNode root, int yearInFileName) {
        root.allowOnly(FILE_KEYS);
        ConfigNode yearNode = root.required("year");
        int year = yearNode.as(Integer::parseInt, text -> new Text("calendar.holiday.year-not-number", text));
        if (year != yearInFileName) {
            throw yearNode.error(new Text("calendar.holiday.year-mismatch", year, yearInFileName));
        }
        // The source is required: a holiday list nobody can trace back to an SKB is not auditable.
        String source = root.required("source").text();
        List<Holiday> holidays = root.required("holidays").items().stream()
                .map(node -> holiday(node, year, HolidayKind.LIBUR_NASIONAL))
                .toList();
        return new HolidayYear(year, source, holidays);
    }

    /** @param year the year every date must fall in, or null for unit-local lists */
    static Holiday holiday(ConfigNode node, Integer year, HolidayKind defaultKind) {
        node.allowOnly(HOLIDAY_KEYS);
        ConfigNode dateNode = node.required("date");
        LocalDate date = dateNode.as(LocalDate::parse,
                text -> new Text("calendar.date.invalid", text));
        if (year != null && date.getYear() != year) {
            throw dateNode.error(new Text("calendar.holiday.date-other-year", date, year));
        }
        String name = node.required("name").text();
        HolidayKind kind = node.optional("kind")
                .map(k -> k.as(text -> HolidayKind.fromLabel(text).orElseThrow(),
                        text -> new Text("calendar.holiday.kind-unknown", text)))
                .orElse(defaultKind);
        return new Holiday(date, name, kind);
    }
}
