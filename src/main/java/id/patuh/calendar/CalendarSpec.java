package id.patuh.calendar;

import java.time.ZoneId;
import java.util.List;

/** What calendars.yaml says about one unit (or the default), before holidays are attached. */
record CalendarSpec(ZoneId zone, WeeklyHours hours, List<DatedHours> periods,
                    DayCounting dayCounting, List<Holiday> localHolidays) {

    static final ZoneId WIB = ZoneId.of("Asia/Jakarta");

    /** semantics.md's default, used when calendars.yaml is missing or leaves a field out. */
    static final CalendarSpec KEPPRES_68_1995 =
            new CalendarSpec(WIB, WeeklyHours.KEPPRES_68_1995, List.of(), DayCounting.WORKING, List.of());

    CalendarSpec {
        periods = List.copyOf(periods);
        localHolidays = List.copyOf(localHolidays);
    }

    /** @throws IllegalArgumentException when no weekday has hours or dated periods overlap */
    WorkingCalendar toCalendar(HolidayTable national) {
        return new WorkingCalendar(zone, new OfficeHours(hours, periods), national.withLocal(localHolidays), dayCounting);
    }
}
