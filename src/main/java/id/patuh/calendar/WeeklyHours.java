package id.patuh.calendar;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Office periods per weekday. A day missing from the map has no hours of its own, which is
 * what lets a unit override only the days it changes (e.g. adds Saturday service hours).
 */
record WeeklyHours(Map<DayOfWeek, List<OfficePeriod>> days) {

    /** Keppres 68/1995 pattern (semantics.md): Mon–Thu 07:30–16:00, Fri 07:30–16:30. */
    static final WeeklyHours KEPPRES_68_1995 = keppres();

    WeeklyHours {
        Map<DayOfWeek, List<OfficePeriod>> copy = new EnumMap<>(DayOfWeek.class);
        days.forEach((day, periods) -> copy.put(day, sortedDisjoint(day, periods)));
        days = Collections.unmodifiableMap(copy);
    }

    List<OfficePeriod> on(DayOfWeek day) {
        return days.getOrDefault(day, List.of());
    }

    /** These hours, falling back to {@code base} for every weekday they do not mention. */
    WeeklyHours over(WeeklyHours base) {
        Map<DayOfWeek, List<OfficePeriod>> merged = new EnumMap<>(DayOfWeek.class);
        merged.putAll(base.days);
        merged.putAll(days);
        return new WeeklyHours(merged);
    }

    boolean hasAnyHours() {
        return days.values().stream().anyMatch(periods -> !periods.isEmpty());
    }

    /** Sorted copy; throws when two periods overlap, because the overlap would count twice. */
    static List<OfficePeriod> sortedDisjoint(DayOfWeek day, List<OfficePeriod> periods) {
        List<OfficePeriod> sorted = new ArrayList<>(periods);
        Collections.sort(sorted);
        for (int i = 1; i < sorted.size(); i++) {
            if (sorted.get(i - 1).overlaps(sorted.get(i))) {
                throw new IllegalArgumentException(
                        day + ": " + sorted.get(i - 1) + " overlaps " + sorted.get(i));
            }
        }
        return List.copyOf(sorted);
    }

    private static WeeklyHours keppres() {
        List<OfficePeriod> monToThu = List.of(period(7, 30, 12, 0), period(13, 0, 16, 0));
        List<OfficePeriod> friday = List.of(period(7, 30, 11, 30), period(13, 0, 16, 30));
        Map<DayOfWeek, List<OfficePeriod>> days = new EnumMap<>(DayOfWeek.class);
        for (DayOfWeek day : List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY)) {
            days.put(day, monToThu);
        }
        days.put(DayOfWeek.FRIDAY, friday);
        days.put(DayOfWeek.SATURDAY, List.of());
        days.put(DayOfWeek.SUNDAY, List.of());
        return new WeeklyHours(days);
    }

    private static OfficePeriod period(int h1, int m1, int h2, int m2) {
        return new OfficePeriod(LocalTime.of(h1, m1), LocalTime.of(h2, m2));
    }
}
