package id.patuh.calendar;

import static id.patuh.calendar.TestCalendars.WIB;
import static id.patuh.calendar.TestCalendars.wib;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** semantics.md "Time", rule by rule, on the default calendar as shipped in config/. */
class WorkingCalendarTests {

    private final WorkingCalendar calendar = TestCalendars.standard();

    private static MutuBakuWaktu waktu(String text) {
        return MutuBakuWaktu.parseText(text, WaktuUnit.MENIT);
    }

    private Duration worked(String from, String to) {
        return calendar.workingDuration(wib(from), wib(to));
    }

    @Test
    void defaultCalendarIsWibAndCountsWorkingDays() {
        assertThat(calendar.zone()).isEqualTo(WIB);
        assertThat(calendar.dayCounting()).isEqualTo(DayCounting.WORKING);
    }

    @Test
    void countsOfficeTimeOnAWeekday() {
        assertThat(worked("2025-01-06T08:00", "2025-01-06T10:00")).isEqualTo(Duration.ofHours(2));
    }

    @Test
    void leavesOutTheLunchBreak() {
        assertThat(worked("2025-01-06T11:00", "2025-01-06T14:00")).isEqualTo(Duration.ofHours(2));
        assertThat(worked("2025-01-06T12:10", "2025-01-06T12:50")).isZero();
    }

    @Test
    void fridayBreaksAt1130AndClosesAt1630() {
        assertThat(worked("2025-01-10T11:00", "2025-01-10T13:30")).isEqualTo(Duration.ofHours(1));
        assertThat(worked("2025-01-10T16:00", "2025-01-10T17:00")).isEqualTo(Duration.ofMinutes(30));
    }

    @Test
    void fridayAfternoonToMondayMorningIsTwentyWorkingMinutes() {
        assertThat(worked("2025-01-10T16:20", "2025-01-13T07:40")).isEqualTo(Duration.ofMinutes(20));
    }

    @Test
    void aWeekWithoutHolidaysHas37AndAHalfWorkingHours() {
        assertThat(worked("2025-01-06T00:00", "2025-01-13T00:00")).isEqualTo(Duration.ofMinutes(37 * 60 + 30));
    }

    @Test
    void weekendsHaveNoWorkingTime() {
        assertThat(worked("2025-01-11T00:00", "2025-01-13T00:00")).isZero();
        assertThat(calendar.isWorkingDay(LocalDate.parse("2025-01-11"))).isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.parse("2025-01-12"))).isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.parse("2025-01-13"))).isTrue();
    }

    @Test
    void idulFitri2024WeekIsSkippedWhole() {
        for (LocalDate day = LocalDate.parse("2024-04-08"); day.isBefore(LocalDate.parse("2024-04-16")); day = day.plusDays(1)) {
            assertThat(calendar.isWorkingDay(day)).as(day.toString()).isFalse();
        }
        // Friday 5 April 13:00-16:30 plus Tuesday 16 April 07:30-08:00.
        assertThat(worked("2024-04-05T12:00", "2024-04-16T08:00")).isEqualTo(Duration.ofHours(4));
    }

    @ParameterizedTest(name = "{0} is a day off")
    @ValueSource(strings = {"2024-02-14", "2024-11-27", "2025-08-18", "2024-04-10", "2026-12-24", "2026-03-20"})
    void electionDaysCutiBersamaAndHolidaysAreDaysOff(String date) {
        LocalDate day = LocalDate.parse(date);
        assertThat(calendar.isWorkingDay(day)).isFalse();
        assertThat(calendar.workingDuration(wib(date + "T00:00"), wib(day.plusDays(1) + "T00:00"))).isZero();
    }

    @Test
    void timeStandardStartingBeforeOpeningCountsFromOpening() {
        assertThat(calendar.dueAt(wib("2025-01-06T06:00"), waktu("1 jam"))).isEqualTo(wib("2025-01-06T08:30"));
    }

    @Test
    void timeStandardStartingAfterClosingCountsFromNextOpening() {
        assertThat(calendar.dueAt(wib("2025-01-06T17:00"), waktu("30 menit"))).isEqualTo(wib("2025-01-07T08:00"));
        assertThat(calendar.dueAt(wib("2025-01-10T17:00"), waktu("30 menit"))).isEqualTo(wib("2025-01-13T08:00"));
    }

    @Test
    void timeStandardStartingInTheBreakCountsFromAfterTheBreak() {
        assertThat(calendar.dueAt(wib("2025-01-06T12:15"), waktu("30 menit"))).isEqualTo(wib("2025-01-06T13:30"));
    }

    @Test
    void timeStandardRunsAcrossTheLunchBreak() {
        assertThat(calendar.dueAt(wib("2025-01-06T11:30"), waktu("1 jam"))).isEqualTo(wib("2025-01-06T13:30"));
        assertThat(calendar.dueAt(wib("2025-01-06T15:30"), waktu("1 jam"))).isEqualTo(wib("2025-01-07T08:00"));
    }

    @Test
    void timeStandardUsedUpAtClosingIsDueAtClosingNotNextMorning() {
        assertThat(calendar.dueAt(wib("2025-01-06T15:00"), waktu("1 jam"))).isEqualTo(wib("2025-01-06T16:00"));
        assertThat(calendar.dueAt(wib("2025-01-06T07:30"), waktu("480"))).isEqualTo(wib("2025-01-07T08:00"));
    }

    @Test
    void stepExactlyAtItsStandardIsCompliant() {
        Instant start = wib("2025-01-06T08:00");
        assertThat(calendar.exceeds(start, wib("2025-01-06T09:00"), waktu("60"))).isFalse();
        assertThat(calendar.exceeds(start, wib("2025-01-06T09:01"), waktu("60"))).isTrue();
    }

    @Test
    void finishingOutsideOfficeHoursAfterTheDueInstantUsesNoExtraWorkingTime() {
        Instant start = wib("2025-01-06T15:00");
        assertThat(calendar.exceeds(start, wib("2025-01-06T18:00"), waktu("1 jam"))).isFalse();
        assertThat(calendar.exceeds(start, wib("2025-01-07T07:30"), waktu("1 jam"))).isFalse();
        assertThat(calendar.exceeds(start, wib("2025-01-07T07:31"), waktu("1 jam"))).isTrue();
        // While it runs it is overdue from 16:00:01 on: documented in docs/calendar.md.
        assertThat(calendar.overdue(start, wib("2025-01-06T16:00").plusSeconds(1), waktu("1 jam"))).isTrue();
    }

    @Test
    void hariKeepsTheClockTimeEvenWhenTheDueDayClosesEarlier() {
        assertThat(calendar.dueAt(wib("2025-01-10T16:15"), waktu("1 hari"))).isEqualTo(wib("2025-01-13T16:15"));
    }

    @Test
    void stepOverFridayNightIsMeasuredInWorkingMinutes() {
        Instant start = wib("2025-01-10T16:20");
        assertThat(calendar.exceeds(start, wib("2025-01-13T07:40"), waktu("20 menit"))).isFalse();
        assertThat(calendar.exceeds(start, wib("2025-01-13T07:41"), waktu("20 menit"))).isTrue();
    }

    @Test
    void threeHariFromThursdayTenIsDueTuesdayTen() {
        assertThat(calendar.dueAt(wib("2025-01-09T10:00"), waktu("3 hari"))).isEqualTo(wib("2025-01-14T10:00"));
    }

    @Test
    void hariStartedOnSaturdayCountsFromMondayOpening() {
        assertThat(calendar.dueAt(wib("2025-01-11T09:00"), waktu("1 hari"))).isEqualTo(wib("2025-01-14T07:30"));
    }

    @Test
    void hariStartedOutsideOfficeHoursCountsFromTheNextOpening() {
        assertThat(calendar.dueAt(wib("2025-01-06T12:30"), waktu("1 hari"))).isEqualTo(wib("2025-01-07T13:00"));
        assertThat(calendar.dueAt(wib("2025-01-06T17:00"), waktu("1 hari"))).isEqualTo(wib("2025-01-08T07:30"));
        assertThat(calendar.dueAt(wib("2025-01-06T06:00"), waktu("1 hari"))).isEqualTo(wib("2025-01-07T07:30"));
    }

    @Test
    void hariSkipsHolidays() {
        assertThat(calendar.dueAt(wib("2024-04-05T10:00"), waktu("1 hari"))).isEqualTo(wib("2024-04-16T10:00"));
        assertThat(calendar.dueAt(wib("2025-08-15T09:00"), waktu("1 hari"))).isEqualTo(wib("2025-08-19T09:00"));
        assertThat(calendar.dueAt(wib("2024-02-13T09:00"), waktu("1 hari"))).isEqualTo(wib("2024-02-15T09:00"));
        assertThat(calendar.dueAt(wib("2024-11-26T09:00"), waktu("2 hari"))).isEqualTo(wib("2024-11-29T09:00"));
    }

    @Test
    void finishedHariStepExceedsOnlyAfterItsDueInstant() {
        Instant start = wib("2025-01-09T10:00");
        assertThat(calendar.exceeds(start, wib("2025-01-14T10:00"), waktu("3 hari"))).isFalse();
        assertThat(calendar.exceeds(start, wib("2025-01-14T10:01"), waktu("3 hari"))).isTrue();
    }

    @Test
    void calendarDayCountingAddsPlainDaysInTheZone() {
        WorkingCalendar calendarDays = calendar.withDayCounting(DayCounting.CALENDAR);
        assertThat(calendarDays.dayCounting()).isEqualTo(DayCounting.CALENDAR);
        assertThat(calendarDays.dueAt(wib("2025-01-09T10:00"), waktu("3 hari"))).isEqualTo(wib("2025-01-12T10:00"));
        assertThat(calendarDays.dueAt(wib("2025-01-11T21:00"), waktu("1 hari"))).isEqualTo(wib("2025-01-12T21:00"));
        assertThat(calendar.dayCounting()).isEqualTo(DayCounting.WORKING);
    }

    @Test
    void calendarDayCountingStillMeasuresMinutesAsWorkingTime() {
        WorkingCalendar calendarDays = calendar.withDayCounting(DayCounting.CALENDAR);
        assertThat(calendarDays.dueAt(wib("2025-01-10T16:20"), waktu("20 menit"))).isEqualTo(wib("2025-01-13T07:40"));
    }

    @Test
    void runningStepIsOverdueOnlyOnceNowIsPastItsDueInstant() {
        Instant start = wib("2025-01-06T08:00");
        assertThat(calendar.overdue(start, wib("2025-01-06T09:00"), waktu("1 jam"))).isFalse();
        assertThat(calendar.overdue(start, wib("2025-01-06T09:00").plusSeconds(1), waktu("1 jam"))).isTrue();
        assertThat(calendar.overdue(wib("2025-01-09T10:00"), wib("2025-01-13T16:00"), waktu("3 hari"))).isFalse();
        assertThat(calendar.overdue(wib("2025-01-09T10:00"), wib("2025-01-14T10:01"), waktu("3 hari"))).isTrue();
    }

    @Test
    void refusesSpansThatEndBeforeTheyStart() {
        assertThatThrownBy(() -> calendar.workingDuration(wib("2025-01-07T08:00"), wib("2025-01-06T08:00")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> calendar.exceeds(wib("2025-01-07T08:00"), wib("2025-01-06T08:00"), waktu("1 jam")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void workedExampleFromTheDocs() {
        MutuBakuWaktu verifikasi = waktu("1 Jam");
        Instant start = wib("2025-01-10T15:50");
        assertThat(calendar.dueAt(start, verifikasi)).isEqualTo(wib("2025-01-13T07:50"));
        assertThat(calendar.workingDuration(start, wib("2025-01-13T08:05"))).isEqualTo(Duration.ofMinutes(75));
        assertThat(calendar.exceeds(start, wib("2025-01-13T08:05"), verifikasi)).isTrue();
        assertThat(calendar.dueAt(wib("2024-04-04T10:00"), waktu("3 hari"))).isEqualTo(wib("2024-04-17T10:00"));
    }
}
