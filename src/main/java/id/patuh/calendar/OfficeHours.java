package id.patuh.calendar;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** A unit's regular weekly hours plus any dated overrides, answering "which periods on this date?". */
final class OfficeHours {

    private final WeeklyHours regular;
    private final List<DatedHours> dated;

    OfficeHours(WeeklyHours regular, List<DatedHours> dated) {
        if (!regular.hasAnyHours()) {
            // Without one working weekday every due-date walk would run for ever.
            throw new IllegalArgumentException("no weekday has office hours");
        }
        List<DatedHours> sorted = new ArrayList<>(dated.stream().map(d -> d.over(regular)).toList());
        sorted.sort(Comparator.comparing(DatedHours::from));
        for (int i = 1; i < sorted.size(); i++) {
            if (sorted.get(i - 1).overlaps(sorted.get(i))) {
                throw new IllegalArgumentException("dated hours " + sorted.get(i - 1).from()
                        + " and " + sorted.get(i).from() + " overlap");
            }
        }
        this.regular = regular;
        this.dated = List.copyOf(sorted);
    }

    List<OfficePeriod> on(LocalDate date) {
        for (DatedHours override : dated) {
            if (override.covers(date)) {
                return override.hours().on(date.getDayOfWeek());
            }
        }
        return regular.on(date.getDayOfWeek());
    }
}
