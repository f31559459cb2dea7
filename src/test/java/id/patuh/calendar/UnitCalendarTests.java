package id.patuh.calendar;

import static id.patuh.calendar.TestCalendars.WIT;
import static id.patuh.calendar.TestCalendars.WITA;
import static id.patuh.calendar.TestCalendars.at;
import static id.patuh.calendar.TestCalendars.wib;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Calendars that differ from the default: other zones, Saturday service, long spans. */
class UnitCalendarTests {

    private final WorkingCalendar calendar = TestCalendars.standard();

    private static MutuBakuWaktu waktu(String text) {
        return MutuBakuWaktu.parseText(text, WaktuUnit.MENIT);
    }

    @Test
    void witaUnitReadsAWibTimestampInItsOwnClock() {
        WorkingCalendar wita = TestCalendars.SHIPPED.forUnit("contoh-wita/umum");
        Instant from = OffsetDateTime.parse("2025-01-06T06:30+07:00").toInstant();
        Instant to = OffsetDateTime.parse("2025-01-06T07:30+07:00").toInstant();
        assertThat(wita.zone()).isEqualTo(WITA);
        // 07:30-08:30 WITA is office time; in WIB the same hour is before opening.
        assertThat(wita.workingDuration(from, to)).isEqualTo(Duration.ofHours(1));
        assertThat(calendar.workingDuration(from, to)).isZero();
        assertThat(wita.dueAt(from, waktu("1 jam"))).isEqualTo(at("2025-01-06T08:30", WITA));
    }

    @Test
    void witUnitOpensTwoHoursBeforeWib() {
        WorkingCalendar wit = new WorkingCalendar(WIT, new OfficeHours(WeeklyHours.KEPPRES_68_1995, List.of()),
                HolidayTable.national(Set.of(2025), List.of()), DayCounting.WORKING);
        Instant sixThirtyWib = OffsetDateTime.parse("2025-01-06T06:30+07:00").toInstant();
        assertThat(sixThirtyWib).isEqualTo(at("2025-01-06T08:30", WIT));
        assertThat(wit.dueAt(sixThirtyWib, waktu("30 menit"))).isEqualTo(at("2025-01-06T09:00", WIT));
        assertThat(wit.dueAt(at("2025-01-06T16:00", WIT), waktu("1 hari"))).isEqualTo(at("2025-01-08T07:30", WIT));
    }

    @Test
    void saturdayServiceUnitCountsSaturdayMornings() {
        WorkingCalendar saturdays = TestCalendars.SHIPPED.forUnit("contoh-pelayanan-sabtu");
        assertThat(saturdays.workingDuration(wib("2025-01-11T00:00"), wib("2025-01-12T00:00"))).isEqualTo(Duration.ofHours(4));
        assertThat(saturdays.dueAt(wib("2025-01-10T16:20"), waktu("20 menit"))).isEqualTo(wib("2025-01-11T08:10"));
        // Nyepi 2025 fell on a Saturday: the Saturday service is closed too.
        assertThat(saturdays.isWorkingDay(LocalDate.parse("2025-03-29"))).isFalse();
    }

    @Test
    void measuresMultiYearSpansQuickly() {
        long started = System.nanoTime();
        Duration threeYears = calendar.workingDuration(wib("2024-01-01T00:00"), wib("2027-01-01T00:00"));
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(2));
        // 3 years of at most 262 weekdays at 7.5 h, less the holidays that fall on weekdays.
        assertThat(threeYears).isBetween(Duration.ofMinutes(3 * 230 * 450), Duration.ofMinutes(3 * 262 * 450));
    }
}
