package id.patuh.calendar;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * The office intervals of each date, computed once per calendar. Evaluating a million events
 * walks the same few hundred dates again and again; building their intervals (holiday lookup,
 * dated hours, two zone conversions per period) was most of the cost of a walk.
 */
final class OfficeDays {

    /** About 270 years of dates; past it the calendar still answers, it only stops remembering. */
    private static final int MAX_REMEMBERED = 100_000;

    private final Function<LocalDate, List<OfficeInterval>> compute;
    private final Map<LocalDate, List<OfficeInterval>> remembered = new ConcurrentHashMap<>();

    OfficeDays(Function<LocalDate, List<OfficeInterval>> compute) {
        this.compute = compute;
    }

    List<OfficeInterval> intervals(LocalDate day) {
        List<OfficeInterval> known = remembered.get(day);
        if (known != null) {
            return known;
        }
        List<OfficeInterval> computed = compute.apply(day);
        if (remembered.size() < MAX_REMEMBERED) {
            remembered.put(day, computed);
        }
        return computed;
    }
}
