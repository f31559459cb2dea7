package id.patuh.evaluation;

import java.time.Instant;
import java.util.OptionalDouble;

import id.patuh.calendar.WorkingCalendar;
import id.patuh.catalog.Sop;
import id.patuh.catalog.SopStep;
import id.patuh.ingest.ActivityEvent;

/**
 * A finished step's duration relative to its Mutu Baku waktu, measured exactly as the
 * {@code DURATION_EXCEEDED} rule measures it (same calendar, same day counting, same ratio), so
 * that the compliance metrics and the findings never disagree about one step.
 */
public final class StepDurations {

    private StepDurations() {
    }

    /**
     * Working duration / standard of a step that had finished at {@code now}; empty for a step
     * still running, one the SOP does not know, or one without a waktu (nothing to compare with).
     * A ratio above 1 is what the rule reports as exceeded.
     *
     * @param unitCalendar the calendar of the case's unit; the SOP's day counting is applied here
     */
    public static OptionalDouble ratio(Sop sop, WorkingCalendar unitCalendar, ActivityEvent event, Instant now) {
        SopStep step = sop.step(event.stepNo()).orElse(null);
        Instant start = event.startedAt();
        Instant finish = event.finishedAt();
        if (step == null || step.waktu() == null || finish == null || finish.isAfter(now) || start.isAfter(now)) {
            return OptionalDouble.empty();
        }
        WorkingCalendar calendar = unitCalendar.countingDaysAs(sop.dayCounting());
        // a finish recorded before the start counts as an instant step, as in the case facts
        Instant end = finish.isBefore(start) ? start : finish;
        return OptionalDouble.of(StepMeasure.of(calendar, start, end, step.waktu()).ratio());
    }
}
