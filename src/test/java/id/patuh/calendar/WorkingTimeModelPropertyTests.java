package id.patuh.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;

/**
 * An independent model of working time (semantics.md "Time"): walk a span minute by minute and
 * count the minutes that lie inside office hours on a working day. The model knows nothing of
 * {@link WorkingCalendar}: its hours are the default pattern written out here, its holidays the
 * dates read straight from config/holidays/*.yaml text.
 */
class WorkingTimeModelPropertyTests {

    private static final WorkingCalendar CALENDAR = TestCalendars.standard();
    private static final Set<LocalDate> HOLIDAYS = holidayDates();
    private static final LocalDate FIRST = LocalDate.of(2024, 1, 1);
    private static final int DAYS = 3 * 365 - 12;
    /** Monday–Thursday 07:30–12:00 and 13:00–16:00; Friday 07:30–11:30 and 13:00–16:30. */
    private static final LocalTime[][] MON_THU = {{time("07:30"), time("12:00")}, {time("13:00"), time("16:00")}};
    private static final LocalTime[][] FRIDAY = {{time("07:30"), time("11:30")}, {time("13:00"), time("16:30")}};

    @Provide
    Arbitrary<Instant> starts() {
        Arbitrary<LocalDate> anyDay = Arbitraries.integers().between(0, DAYS).map(FIRST::plusDays);
        // days around holidays and weekends, where a walk most often has to skip whole days
        Arbitrary<LocalDate> nearHoliday = Combinators.combine(Arbitraries.of(List.copyOf(HOLIDAYS)),
                Arbitraries.integers().between(-3, 1)).as(LocalDate::plusDays);
        Arbitrary<LocalDate> friday = anyDay.map(d -> d.with(java.time.temporal.TemporalAdjusters.nextOrSame(DayOfWeek.FRIDAY)));
        Arbitrary<LocalDate> days = Arbitraries.frequencyOf(Tuple.of(2, anyDay), Tuple.of(2, nearHoliday), Tuple.of(1, friday));
        Arbitrary<LocalTime> anyMinute = Arbitraries.integers().between(0, 24 * 60 - 1).map(m -> LocalTime.MIN.plusMinutes(m));
        Arbitrary<LocalTime> edges = Arbitraries.of(Stream.of("07:29", "07:30", "11:29", "11:30", "11:59", "12:00",
                "12:59", "13:00", "15:59", "16:00", "16:29", "16:30").map(LocalTime::parse).toList());
        Arbitrary<LocalTime> times = Arbitraries.frequencyOf(Tuple.of(2, anyMinute), Tuple.of(1, edges));
        return Combinators.combine(days, times).as((d, t) -> d.atTime(t).atZone(TestCalendars.WIB).toInstant());
    }

    /** Up to ten days, in whole minutes. */
    @Provide
    Arbitrary<Duration> spans() {
        return Arbitraries.frequencyOf(
                Tuple.of(2, Arbitraries.integers().between(0, 10 * 24 * 60)),
                Tuple.of(1, Arbitraries.integers().between(0, 600))).map(Duration::ofMinutes);
    }

    @Property(tries = 400)
    void workingDurationEqualsTheMinuteByMinuteCount(@ForAll("starts") Instant start, @ForAll("spans") Duration span) {
        Instant end = start.plus(span);
        assertThat(CALENDAR.workingDuration(start, end)).isEqualTo(Duration.ofMinutes(countMinutes(start, end)));
    }

    @Property(tries = 200)
    void aTimeStandardIsDueAtTheMinuteTheModelCountsItUsedUp(@ForAll("starts") Instant start,
            @ForAll("spans") Duration standard) {
        if (standard.isZero()) {
            return;
        }
        Instant due = CALENDAR.dueAt(start, MutuBakuWaktu.ofTime(standard));
        assertThat(countMinutes(start, due)).isEqualTo(standard.toMinutes());
        assertThat(inOffice(due.minusSeconds(60))).as("the last counted minute is a working one").isTrue();
    }

    @Example
    void theModelAgreesWithSemanticsOnFridayEveningToMondayMorning() {
        // semantics.md: a step from Friday 16:20 to Monday 07:40 took 20 working minutes
        Instant friday = TestCalendars.wib("2025-01-10T16:20");
        Instant monday = TestCalendars.wib("2025-01-13T07:40");
        assertThat(countMinutes(friday, monday)).isEqualTo(20);
        assertThat(CALENDAR.workingDuration(friday, monday)).isEqualTo(Duration.ofMinutes(20));
    }

    @Example
    void theModelSkipsAHolidayThatFallsOnAWorkingDay() {
        // Nyepi (Monday 11 March 2024) and cuti bersama (Tuesday 12 March): no working minute
        assertThat(countMinutes(TestCalendars.wib("2024-03-11T00:00"), TestCalendars.wib("2024-03-13T00:00"))).isZero();
        assertThat(countMinutes(TestCalendars.wib("2024-03-13T00:00"), TestCalendars.wib("2024-03-14T00:00")))
                .isEqualTo(450);
    }

    private static long countMinutes(Instant from, Instant to) {
        long minutes = 0;
        for (Instant t = from; t.isBefore(to); t = t.plusSeconds(60)) {
            if (inOffice(t)) {
                minutes++;
            }
        }
        return minutes;
    }

    private static boolean inOffice(Instant t) {
        ZonedDateTime local = t.atZone(TestCalendars.WIB);
        LocalDate day = local.toLocalDate();
        DayOfWeek weekday = day.getDayOfWeek();
        if (weekday == DayOfWeek.SATURDAY || weekday == DayOfWeek.SUNDAY || HOLIDAYS.contains(day)) {
            return false;
        }
        LocalTime time = local.toLocalTime();
        for (LocalTime[] period : weekday == DayOfWeek.FRIDAY ? FRIDAY : MON_THU) {
            if (!time.isBefore(period[0]) && time.isBefore(period[1])) {
                return true;
            }
        }
        return false;
    }

    /** Every {@code date:} of the holiday files, national holidays and cuti bersama alike. */
    private static Set<LocalDate> holidayDates() {
        Pattern date = Pattern.compile("date:\\s*(\\d{4}-\\d{2}-\\d{2})");
        try (var files = Files.list(Path.of("config/holidays"))) {
            return files.filter(f -> f.toString().endsWith(".yaml")).flatMap(f -> {
                try {
                    Matcher m = date.matcher(Files.readString(f));
                    return m.results().map(r -> LocalDate.parse(r.group(1))).toList().stream();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }).collect(Collectors.toSet());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static LocalTime time(String text) {
        return LocalTime.parse(text);
    }
}
