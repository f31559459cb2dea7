package id.patuh.calendar;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.springframework.modulith.NamedInterface;

/**
 * The working calendar of one unit: its zone, office hours with breaks, and holidays. It
 * measures how much working time a step used and when a Mutu Baku standard runs out.
 *
 * <p>Every walk goes day by day, never minute by minute, so spans of months stay cheap. The
 * walks always end because a calendar has at least one weekday with hours and only finitely
 * many holidays and dated overrides.
 */
@NamedInterface("api")
public final class WorkingCalendar {

    private final ZoneId zone;
    private final OfficeHours hours;
    private final HolidayTable holidays;
    private final DayCounting dayCounting;
    private final OfficeDays days;

    WorkingCalendar(ZoneId zone, OfficeHours hours, HolidayTable holidays, DayCounting dayCounting) {
        this(zone, hours, holidays, dayCounting, null);
    }

    private WorkingCalendar(ZoneId zone, OfficeHours hours, HolidayTable holidays, DayCounting dayCounting,
            OfficeDays days) {
        this.zone = Objects.requireNonNull(zone);
        this.hours = Objects.requireNonNull(hours);
        this.holidays = Objects.requireNonNull(holidays);
        this.dayCounting = Objects.requireNonNull(dayCounting);
        this.days = days != null ? days : new OfficeDays(this::computeIntervals);
    }

    public ZoneId zone() {
        return zone;
    }

    public DayCounting dayCounting() {
        return dayCounting;
    }

    /** The same calendar counting "N hari" the other way; e.g. for an SOP that says calendar days. */
    public WorkingCalendar withDayCounting(DayCounting counting) {
        // the office days do not depend on how "N hari" is counted: the copy shares them
        return new WorkingCalendar(zone, hours, holidays, counting, days);
    }

    /**
     * This calendar for a procedure that counts its "N hari" as {@code required}: an SOP that says
     * calendar days counts calendar days even on a working-days unit; otherwise the unit decides.
     */
    public WorkingCalendar countingDaysAs(DayCounting required) {
        return required == DayCounting.CALENDAR && dayCounting != DayCounting.CALENDAR
                ? withDayCounting(DayCounting.CALENDAR) : this;
    }

    /** A day with office hours that is not a holiday. */
    public boolean isWorkingDay(LocalDate date) {
        return !hours.on(date).isEmpty() && !holidays.isHoliday(date);
    }

    /**
     * The office periods of a date, breaks being the gaps between them; none on a day off. For
     * showing how a duration was counted; the arithmetic itself is {@link #workingDuration}.
     */
    public List<OfficePeriod> officePeriods(LocalDate date) {
        return isWorkingDay(date) ? hours.on(date) : List.of();
    }

    /** The name of the national or local holiday on {@code date}, if it is one. */
    public Optional<String> holidayName(LocalDate date) {
        return holidays.name(date);
    }

    /** The working time between two instants: only time inside office periods on working days. */
    public Duration workingDuration(Instant from, Instant to) {
        requireOrdered(from, to);
        long total = 0;
        LocalDate last = localDate(to);
        for (LocalDate day = localDate(from); !day.isAfter(last); day = day.plusDays(1)) {
            for (OfficeInterval interval : intervals(day)) {
                total += interval.overlapNanos(from, to);
            }
        }
        return Duration.ofNanos(total);
    }

    /**
     * A step's time against its standard in as few walks over the calendar as possible: the
     * working time from {@code start} to {@code end}, the working time the standard allows from
     * {@code start}, and its due instant. The figures equal {@link #workingDuration},
     * {@link #dueAt} and, for a standard in days, {@code workingDuration(start, dueAt)}.
     */
    public StepTiming measure(Instant start, Instant end, MutuBakuWaktu standard) {
        requireOrdered(start, end);
        if (standard == null) {
            return new StepTiming(workingDuration(start, end), null, null);
        }
        if (!standard.isDays()) {
            return measureAgainstTime(start, end, standard.workingTime());
        }
        Instant due = dueAt(start, standard);
        if (dayCounting == DayCounting.CALENDAR) {
            return new StepTiming(workingDuration(start, end), Duration.between(start, due), due);
        }
        Instant last = end.isAfter(due) ? end : due;
        long working = 0;
        long allowed = 0;
        for (LocalDate day = localDate(start), stop = localDate(last); !day.isAfter(stop); day = day.plusDays(1)) {
            for (OfficeInterval interval : intervals(day)) {
                working += interval.overlapNanos(start, end);
                allowed += interval.overlapNanos(start, due);
            }
        }
        return new StepTiming(Duration.ofNanos(working), Duration.ofNanos(allowed), due);
    }

    /** One walk: working time to {@code end}, and where the standard's working time runs out. */
    private StepTiming measureAgainstTime(Instant start, Instant end, Duration standard) {
        long working = 0;
        long remaining = standard.toNanos();
        Instant due = null;
        LocalDate last = localDate(end);
        for (LocalDate day = localDate(start); due == null || !day.isAfter(last); day = day.plusDays(1)) {
            for (OfficeInterval interval : intervals(day)) {
                working += interval.overlapNanos(start, end);
                if (due != null || !interval.end().isAfter(start)) {
                    continue;
                }
                Instant from = start.isAfter(interval.start()) ? start : interval.start();
                long available = OfficeInterval.nanos(interval.end()) - OfficeInterval.nanos(from);
                // "<=" keeps a standard that ends exactly at closing time at closing time (as dueAt)
                if (remaining <= available) {
                    due = from.plusNanos(remaining);
                } else {
                    remaining -= available;
                }
            }
        }
        return new StepTiming(Duration.ofNanos(working), standard, due);
    }

    /** The instant at which a step that started at {@code start} reaches its standard. */
    public Instant dueAt(Instant start, MutuBakuWaktu standard) {
        if (!standard.isDays()) {
            return afterWorkingTime(start, standard.workingTime());
        }
        if (dayCounting == DayCounting.CALENDAR) {
            return start.atZone(zone).plusDays(standard.workingDays()).toInstant();
        }
        return afterWorkingDays(start, standard.workingDays());
    }

    /**
     * Whether a finished step ran past its standard. For time standards this compares working
     * time, so a step exactly at its standard is compliant and time outside office hours
     * between the due instant and the finish does not count against it.
     */
    public boolean exceeds(Instant start, Instant finish, MutuBakuWaktu standard) {
        requireOrdered(start, finish);
        if (standard.isDays()) {
            return finish.isAfter(dueAt(start, standard));
        }
        return workingDuration(start, finish).compareTo(standard.workingTime()) > 0;
    }

    /** Whether a step still running at {@code now} is past its due instant. */
    public boolean overdue(Instant start, Instant now, MutuBakuWaktu standard) {
        return now.isAfter(dueAt(start, standard));
    }

    private Instant afterWorkingTime(Instant start, Duration needed) {
        Duration remaining = needed;
        for (LocalDate day = localDate(start); ; day = day.plusDays(1)) {
            for (OfficeInterval interval : intervals(day)) {
                if (!interval.end().isAfter(start)) {
                    continue;
                }
                Instant from = start.isAfter(interval.start()) ? start : interval.start();
                Duration available = Duration.between(from, interval.end());
                // "<=" keeps a standard that ends exactly at closing time at closing time.
                if (remaining.compareTo(available) <= 0) {
                    return from.plus(remaining);
                }
                remaining = remaining.minus(available);
            }
        }
    }

    private Instant afterWorkingDays(Instant start, int days) {
        ZonedDateTime opening = nextOpening(start).atZone(zone);
        LocalDate day = opening.toLocalDate();
        for (int i = 0; i < days; i++) {
            day = nextWorkingDay(day);
        }
        return ZonedDateTime.of(day, opening.toLocalTime(), zone).toInstant();
    }

    /** {@code t} itself when inside office hours, else the start of the next office period. */
    private Instant nextOpening(Instant t) {
        for (LocalDate day = localDate(t); ; day = day.plusDays(1)) {
            for (OfficeInterval interval : intervals(day)) {
                if (interval.contains(t)) {
                    return t;
                }
                if (interval.start().isAfter(t)) {
                    return interval.start();
                }
            }
        }
    }

    private LocalDate nextWorkingDay(LocalDate day) {
        LocalDate next = day.plusDays(1);
        while (!isWorkingDay(next)) {
            next = next.plusDays(1);
        }
        return next;
    }

    private List<OfficeInterval> intervals(LocalDate day) {
        return days.intervals(day);
    }

    private List<OfficeInterval> computeIntervals(LocalDate day) {
        if (!isWorkingDay(day)) {
            return List.of();
        }
        return hours.on(day).stream()
                .map(p -> new OfficeInterval(
                        ZonedDateTime.of(day, p.start(), zone).toInstant(),
                        ZonedDateTime.of(day, p.end(), zone).toInstant()))
                .toList();
    }

    private LocalDate localDate(Instant t) {
        return LocalDate.ofInstant(t, zone);
    }

    private static void requireOrdered(Instant from, Instant to) {
        if (from.isAfter(to)) {
            throw new IllegalArgumentException("from " + from + " is after to " + to);
        }
    }

    @Override
    public String toString() {
        return "WorkingCalendar[" + zone + ", " + dayCounting + "]";
    }
}
