package id.patuh.findings;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;

import id.patuh.calendar.CalendarService;
import id.patuh.calendar.WorkingCalendar;

/**
 * How old a finding is, in working days of its unit, counted from the instant the rule was broken
 * ({@code dilanggar_pada}); from detection when the rule gives no such instant.
 *
 * <p>The age is the number of working days after the day it was broken, up to and including
 * today, both in the unit's zone: broken on Friday, it is 1 on Monday; a holiday or a weekend
 * in between adds nothing. An auditor reads "umur 5 hari kerja" as five office days the unit
 * has had, which is what this counts; clock times within a day do not change it.
 */
final class FindingAge {

    /** Ten years of days: an age beyond this is a data error, not a reason for a long loop. */
    private static final int MAX_DAYS = 3660;

    private final CalendarService calendars;
    private final Clock clock;

    FindingAge(CalendarService calendars, Clock clock) {
        this.calendars = calendars;
        this.clock = clock;
    }

    /** Working days of {@code unit} from {@code from} to now; 0 when {@code from} is null or not yet past. */
    long workingDays(String unit, Instant from) {
        if (from == null) {
            return 0;
        }
        WorkingCalendar calendar = calendars.forUnit(unit);
        LocalDate day = LocalDate.ofInstant(from, calendar.zone());
        LocalDate today = LocalDate.ofInstant(clock.instant(), calendar.zone());
        long count = 0;
        for (int i = 0; i < MAX_DAYS && day.isBefore(today); i++) {
            day = day.plusDays(1);
            if (calendar.isWorkingDay(day)) {
                count++;
            }
        }
        return count;
    }
}
