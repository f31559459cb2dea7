package id.patuh.findings;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;

import id.patuh.calendar.CalendarService;

/** Age in working days on the shipped calendar (config/holidays, config/calendars.yaml). */
class FindingAgeTests {

    private static final ZoneId WIB = ZoneId.of("Asia/Jakarta");
    private static final CalendarService CALENDARS =
            CalendarService.load(Path.of("config/holidays"), Path.of("config/calendars.yaml"));
    private static final String UNIT = "kec-kemlagi/kasi-pemerintahan";

    private static Instant wib(String local) {
        return LocalDateTime.parse(local).atZone(WIB).toInstant();
    }

    private static long age(String brokenAt, String now) {
        return new FindingAge(CALENDARS, Clock.fixed(wib(now), WIB)).workingDays(UNIT, wib(brokenAt));
    }

    @Test
    void brokenOnFridayIsOneWorkingDayOldOnMondayTheWeekendAddsNothing() {
        assertThat(age("2024-07-05T10:00", "2024-07-06T10:00")).isZero();
        assertThat(age("2024-07-05T10:00", "2024-07-07T23:00")).isZero();
        assertThat(age("2024-07-05T10:00", "2024-07-08T07:00")).isEqualTo(1);
        assertThat(age("2024-07-05T10:00", "2024-07-12T10:00")).isEqualTo(5);
    }

    @Test
    void idulFitriHolidaysAndCutiBersamaAreNotCounted() {
        // Friday 5 April 2024; 8-12 April and Monday 15 April are holidays or cuti bersama
        assertThat(age("2024-04-05T16:20", "2024-04-15T10:00")).isZero();
        assertThat(age("2024-04-05T16:20", "2024-04-16T10:00")).isEqualTo(1);
        assertThat(age("2024-04-05T16:20", "2024-04-19T10:00")).isEqualTo(4);
    }

    @Test
    void brokenTodayOrNotYetIsZeroAndSoIsNoInstant() {
        assertThat(age("2024-07-08T07:30", "2024-07-08T15:59")).isZero();
        assertThat(age("2024-07-10T07:30", "2024-07-08T15:59")).isZero();
        assertThat(new FindingAge(CALENDARS, Clock.fixed(wib("2024-07-08T10:00"), WIB)).workingDays(UNIT, null))
                .isZero();
    }

    @Test
    void theDayBoundaryIsTheUnitsMidnightNotUtcs() {
        // Monday 8 July 06:00 WIB is still Sunday 7 July 23:00 UTC: in WIB it is already Monday
        assertThat(age("2024-07-05T10:00", "2024-07-08T06:00")).isEqualTo(1);
    }
}
