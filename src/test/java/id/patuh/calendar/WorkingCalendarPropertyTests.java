package id.patuh.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.TemporalAdjusters;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.constraints.IntRange;

/** Laws the working-time arithmetic must keep for any instants in 2024–2026 and any standard. */
class WorkingCalendarPropertyTests {

    private static final WorkingCalendar CALENDAR = TestCalendars.standard();
    private static final LocalDate FIRST = LocalDate.of(2024, 1, 1);
    private static final int DAYS = 3 * 365;
    /** Times where office periods begin and end, where off-by-one mistakes live. */
    private static final LocalTime[] EDGES = Stream.of("00:00", "07:29", "07:30", "11:30", "12:00", "13:00",
            "15:59", "16:00", "16:30", "23:59").map(LocalTime::parse).toArray(LocalTime[]::new);

    @Provide
    Arbitrary<Instant> instants() {
        Arbitrary<LocalDate> dates = Arbitraries.integers().between(0, DAYS).map(FIRST::plusDays);
        Arbitrary<LocalTime> anyMinute = Arbitraries.integers().between(0, 24 * 60 - 1).map(m -> LocalTime.MIN.plusMinutes(m));
        Arbitrary<LocalTime> times = Arbitraries.frequencyOf(
                Tuple.of(2, anyMinute), Tuple.of(1, Arbitraries.of(EDGES)));
        return Combinators.combine(dates, times).as((d, t) -> d.atTime(t).atZone(TestCalendars.WIB).toInstant());
    }

    @Provide
    Arbitrary<Duration> gaps() {
        return Arbitraries.integers().between(0, 60 * 24 * 60).map(Duration::ofMinutes);
    }

    @Provide
    Arbitrary<MutuBakuWaktu> timeStandards() {
        return Arbitraries.integers().between(1, 3000).map(m -> MutuBakuWaktu.ofTime(Duration.ofMinutes(m)));
    }

    @Provide
    Arbitrary<MutuBakuWaktu> standards() {
        return Arbitraries.oneOf(timeStandards(), Arbitraries.integers().between(1, 30).map(MutuBakuWaktu::ofDays));
    }

    @Property
    void workingDurationIsAdditive(@ForAll("instants") Instant a, @ForAll("gaps") Duration ab, @ForAll("gaps") Duration bc) {
        Instant b = a.plus(ab);
        Instant c = b.plus(bc);
        assertThat(CALENDAR.workingDuration(a, c))
                .isEqualTo(CALENDAR.workingDuration(a, b).plus(CALENDAR.workingDuration(b, c)));
    }

    @Property
    void workingDurationNeverExceedsWallClockTime(@ForAll("instants") Instant a, @ForAll("gaps") Duration gap) {
        Duration worked = CALENDAR.workingDuration(a, a.plus(gap));
        assertThat(worked).isBetween(Duration.ZERO, gap);
    }

    @Property
    void weekendsWithoutOfficeHoursAddNothing(@ForAll("instants") Instant any) {
        LocalDate saturday = LocalDate.ofInstant(any, TestCalendars.WIB).with(TemporalAdjusters.nextOrSame(DayOfWeek.SATURDAY));
        Instant from = saturday.atStartOfDay(TestCalendars.WIB).toInstant();
        assertThat(CALENDAR.workingDuration(from, from.plus(Duration.ofDays(2)))).isZero();
    }

    @Property
    void timeStandardIsUsedUpExactlyAtItsDueInstant(@ForAll("instants") Instant start,
                                                    @ForAll("timeStandards") MutuBakuWaktu standard) {
        Instant due = CALENDAR.dueAt(start, standard);
        assertThat(CALENDAR.workingDuration(start, due)).isEqualTo(standard.workingTime());
        assertThat(CALENDAR.exceeds(start, due, standard)).isFalse();
    }

    @Property
    void aStepThatExceedsFinishedAfterItsDueInstant(@ForAll("instants") Instant start, @ForAll("gaps") Duration took,
                                                   @ForAll("standards") MutuBakuWaktu standard) {
        Instant finish = start.plus(took);
        if (CALENDAR.exceeds(start, finish, standard)) {
            assertThat(finish).isAfter(CALENDAR.dueAt(start, standard));
            assertThat(CALENDAR.overdue(start, finish, standard)).isTrue();
        }
    }

    @Property
    void dayStandardsExceedExactlyWhenOverdue(@ForAll("instants") Instant start, @ForAll("gaps") Duration took,
                                             @ForAll @IntRange(min = 1, max = 20) int days) {
        MutuBakuWaktu standard = MutuBakuWaktu.ofDays(days);
        Instant finish = start.plus(took);
        assertThat(CALENDAR.exceeds(start, finish, standard)).isEqualTo(CALENDAR.overdue(start, finish, standard));
    }

    @Property
    void dueAtIsMonotonicInStart(@ForAll("instants") Instant start, @ForAll("gaps") Duration later,
                                 @ForAll("standards") MutuBakuWaktu standard) {
        for (WorkingCalendar calendar : new WorkingCalendar[] {CALENDAR, CALENDAR.withDayCounting(DayCounting.CALENDAR)}) {
            assertThat(calendar.dueAt(start.plus(later), standard)).isAfterOrEqualTo(calendar.dueAt(start, standard));
        }
    }

    @Property
    void dueAtIsNeverBeforeTheStart(@ForAll("instants") Instant start, @ForAll("standards") MutuBakuWaktu standard) {
        assertThat(CALENDAR.dueAt(start, standard)).isAfter(start);
    }

    @Property
    void hariDueInstantFallsOnAWorkingDay(@ForAll("instants") Instant start, @ForAll @IntRange(min = 1, max = 20) int days) {
        Instant due = CALENDAR.dueAt(start, MutuBakuWaktu.ofDays(days));
        assertThat(CALENDAR.isWorkingDay(LocalDate.ofInstant(due, TestCalendars.WIB))).isTrue();
    }

    @Property
    void isoFormRoundTrips(@ForAll("standards") MutuBakuWaktu standard) {
        assertThat(MutuBakuWaktu.parseIso(standard.toIso())).isEqualTo(standard);
    }

    @Property
    void minutesWrittenAsTextParseToThatManyMinutes(@ForAll @IntRange(min = 1, max = 100_000) int minutes) {
        assertThat(MutuBakuWaktu.parseText(minutes + " Menit", null).workingTime()).isEqualTo(Duration.ofMinutes(minutes));
        assertThat(MutuBakuWaktu.parseText(String.valueOf(minutes), WaktuUnit.MENIT).workingTime())
                .isEqualTo(Duration.ofMinutes(minutes));
    }

    /** The one-walk measurement gives exactly what the separate walks give, on both day countings. */
    @Property
    void measureEqualsTheSeparateWalks(@ForAll("instants") Instant start, @ForAll("gaps") Duration gap,
                                       @ForAll("standards") MutuBakuWaktu standard,
                                       @ForAll boolean calendarDays) {
        WorkingCalendar calendar = calendarDays ? CALENDAR.withDayCounting(DayCounting.CALENDAR) : CALENDAR;
        Instant end = start.plus(gap);
        StepTiming timing = calendar.measure(start, end, standard);
        Instant due = calendar.dueAt(start, standard);
        assertThat(timing.working()).isEqualTo(calendar.workingDuration(start, end));
        assertThat(timing.dueAt()).isEqualTo(due);
        Duration allowed = !standard.isDays() ? standard.workingTime()
                : calendarDays ? Duration.between(start, due) : calendar.workingDuration(start, due);
        assertThat(timing.allowed()).isEqualTo(allowed);
        assertThat(calendar.measure(start, end, null)).isEqualTo(new StepTiming(timing.working(), null, null));
    }
}
