package id.patuh.calendar;

import java.time.DayOfWeek;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Weekday names as calendar files write them: Indonesian first, English accepted too. */
final class Weekdays {

    private static final Map<String, DayOfWeek> NAMES = Map.ofEntries(
            Map.entry("senin", DayOfWeek.MONDAY),
            Map.entry("selasa", DayOfWeek.TUESDAY),
            Map.entry("rabu", DayOfWeek.WEDNESDAY),
            Map.entry("kamis", DayOfWeek.THURSDAY),
            Map.entry("jumat", DayOfWeek.FRIDAY),
            Map.entry("jum'at", DayOfWeek.FRIDAY),
            Map.entry("sabtu", DayOfWeek.SATURDAY),
            Map.entry("minggu", DayOfWeek.SUNDAY),
            Map.entry("ahad", DayOfWeek.SUNDAY));

    private Weekdays() {
    }

    static Optional<DayOfWeek> parse(String name) {
        String key = name.strip().toLowerCase(Locale.ROOT);
        DayOfWeek day = NAMES.get(key);
        if (day != null) {
            return Optional.of(day);
        }
        try {
            return Optional.of(DayOfWeek.valueOf(key.toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
