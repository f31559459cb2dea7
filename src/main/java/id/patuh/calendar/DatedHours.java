package id.patuh.calendar;

import java.time.LocalDate;

/**
 * Hours that apply only between two dates, both inclusive: Ramadan hours are the usual case.
 * Like a unit's own hours they may name only some weekdays; {@link OfficeHours} fills the
 * rest from the regular hours, so a unit with Saturday service keeps it during Ramadan.
 */
record DatedHours(LocalDate from, LocalDate to, WeeklyHours hours) {

    DatedHours {
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("to " + to + " is before from " + from);
        }
    }

    boolean covers(LocalDate date) {
        return !date.isBefore(from) && !date.isAfter(to);
    }

    DatedHours over(WeeklyHours regular) {
        return new DatedHours(from, to, hours.over(regular));
    }

    boolean overlaps(DatedHours other) {
        return !from.isAfter(other.to) && !other.from.isAfter(to);
    }
}
