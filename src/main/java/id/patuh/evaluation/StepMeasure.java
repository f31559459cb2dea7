package id.patuh.evaluation;

import java.time.Duration;
import java.time.Instant;

import id.patuh.calendar.DayCounting;
import id.patuh.calendar.MutuBakuWaktu;
import id.patuh.calendar.StepTiming;
import id.patuh.calendar.WorkingCalendar;

/**
 * A step's time measured against its Mutu Baku waktu, on the unit's calendar.
 *
 * <p>The ratio compares like with like: working time used against the working time the standard
 * allows from this start. For a standard in minutes or hours that allowance is the standard
 * itself; for {@code N hari} it is the working time until the due instant (same clock time N
 * working days later), so "over 2×" means the same for both; calendar days compare wall-clock time.
 *
 * @param used     the time the ratio compares: wall-clock for a standard in calendar days, else
 *                 the working duration
 * @param standard null when the step has no waktu
 * @param dueAt    null when the step has no waktu
 */
record StepMeasure(Duration workingDuration, Duration used, Duration standard, double ratio, Instant dueAt) {

    static StepMeasure of(WorkingCalendar calendar, Instant start, Instant end, MutuBakuWaktu waktu) {
        StepTiming timing = calendar.measure(start, end, waktu);
        if (waktu == null) {
            return new StepMeasure(timing.working(), timing.working(), null, 0, null);
        }
        boolean wallClock = waktu.isDays() && calendar.dayCounting() == DayCounting.CALENDAR;
        Duration used = wallClock ? Duration.between(start, end) : timing.working();
        return new StepMeasure(timing.working(), used, timing.allowed(), ratio(used, timing.allowed()), timing.dueAt());
    }

    private static double ratio(Duration used, Duration allowed) {
        if (allowed.isZero()) {
            return used.isZero() ? 0 : Double.MAX_VALUE;
        }
        return (double) used.toMillis() / allowed.toMillis();
    }
}
