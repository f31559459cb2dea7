package id.patuh.console;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import id.patuh.calendar.OfficePeriod;
import id.patuh.calendar.WorkingCalendar;
import id.patuh.evaluation.TimeText;
import id.patuh.messages.Texts;

/**
 * The calendar facts behind a working-time figure: which office time of which day was counted
 * between two instants, and which days were skipped (weekends, holidays by name). Long spans keep
 * their first and last days and say how many lie between, so a step left running for months
 * still gives a page that prints.
 *
 * @param officeHours the office hours met on the way, e.g. {@code 07:30–12:00, 13:00–16:00 (Senin, Kamis)}
 * @param counted     one row per working day touched (a gap row stands for the days left out)
 * @param skipped     days without office time between the two instants, oldest first
 */
record FindingSpan(List<String> officeHours, List<CountedDay> counted, List<SkippedDay> skipped) {

    private static final int KEEP_EACH_END = 10;
    private static final int SKIPPED_LISTED = 20;

    /** @param gap true for the row that stands for left-out days (then only {@code day} is set) */
    record CountedDay(String day, String officeHours, String counted, String duration, boolean gap) {
    }

    /** @param holiday whether a named holiday (kept by name when the list is summarised) */
    record SkippedDay(String day, String reason, boolean holiday) {
    }

    static FindingSpan of(WorkingCalendar calendar, FindingTimes times, Instant from, Instant to) {
        List<CountedDay> counted = new ArrayList<>();
        List<SkippedDay> skipped = new ArrayList<>();
        Map<String, Set<DayOfWeek>> hours = new LinkedHashMap<>();
        for (LocalDate day = times.date(from); !day.isAfter(times.date(to)); day = day.plusDays(1)) {
            List<OfficePeriod> periods = calendar.officePeriods(day);
            if (periods.isEmpty()) {
                skipped.add(new SkippedDay(FindingTimes.day(day), reason(calendar, day),
                        calendar.holidayName(day).isPresent()));
                continue;
            }
            String pattern = periods.stream().map(p -> FindingTimes.clock(p.start(), p.end()))
                    .collect(Collectors.joining(", "));
            hours.computeIfAbsent(pattern, p -> EnumSet.noneOf(DayOfWeek.class)).add(day.getDayOfWeek());
            counted.add(countedDay(times, day, periods, pattern, from, to));
        }
        List<String> officeHours = hours.entrySet().stream().map(e -> e.getKey() + " (" + e.getValue().stream()
                .map(FindingTimes::weekday)
                .collect(Collectors.joining(", ")) + ")").toList();
        return new FindingSpan(officeHours, shorten(counted), summarise(skipped));
    }

    private static CountedDay countedDay(FindingTimes times, LocalDate day, List<OfficePeriod> periods,
            String pattern, Instant from, Instant to) {
        List<String> stretches = new ArrayList<>();
        Duration total = Duration.ZERO;
        for (OfficePeriod period : periods) {
            Instant open = ZonedDateTime.of(day, period.start(), times.zone()).toInstant();
            Instant close = ZonedDateTime.of(day, period.end(), times.zone()).toInstant();
            Instant lo = from.isAfter(open) ? from : open;
            Instant hi = to.isBefore(close) ? to : close;
            if (lo.isBefore(hi)) {
                stretches.add(FindingTimes.clock(lo.atZone(times.zone()).toLocalTime(),
                        hi.atZone(times.zone()).toLocalTime()));
                total = total.plus(Duration.between(lo, hi));
            }
        }
        return new CountedDay(FindingTimes.day(day), pattern, stretches.isEmpty() ? "–" : String.join(", ", stretches),
                TimeText.durationForRequest(total), false);
    }

    private static String reason(WorkingCalendar calendar, LocalDate day) {
        Optional<String> holiday = calendar.holidayName(day);
        if (holiday.isPresent()) {
            return Texts.current("console.explain.span.holiday", holiday.get());
        }
        DayOfWeek weekday = day.getDayOfWeek();
        return weekday == DayOfWeek.SATURDAY || weekday == DayOfWeek.SUNDAY
                ? Texts.current("console.explain.span.weekend") : Texts.current("console.explain.span.no-hours");
    }

    private static List<CountedDay> shorten(List<CountedDay> days) {
        if (days.size() <= 2 * KEEP_EACH_END + 1) {
            return List.copyOf(days);
        }
        List<CountedDay> kept = new ArrayList<>(days.subList(0, KEEP_EACH_END));
        int left = days.size() - 2 * KEEP_EACH_END;
        kept.add(new CountedDay(Texts.current("console.explain.span.more-days", left), null, null, null, true));
        kept.addAll(days.subList(days.size() - KEEP_EACH_END, days.size()));
        return List.copyOf(kept);
    }

    /** Every holiday by name; weekends one by one only while the list stays short. */
    private static List<SkippedDay> summarise(List<SkippedDay> skipped) {
        if (skipped.size() <= SKIPPED_LISTED) {
            return List.copyOf(skipped);
        }
        List<SkippedDay> holidays = new ArrayList<>(skipped.stream().filter(SkippedDay::holiday).toList());
        long others = skipped.size() - holidays.size();
        holidays.add(new SkippedDay(Texts.current("console.explain.span.other-days", others),
                Texts.current("console.explain.span.weekend-or-no-hours"), false));
        return List.copyOf(holidays);
    }
}
