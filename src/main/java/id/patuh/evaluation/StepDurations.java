package id.patuh.evaluation;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.OptionalDouble;

import org.springframework.modulith.NamedInterface;

import id.patuh.calendar.WorkingCalendar;
import id.patuh.cases.ActivityEvent;
import id.patuh.catalog.Sop;
import id.patuh.catalog.SopStep;

/**
 * A finished step's duration relative to its Mutu Baku waktu, measured exactly as the
 * {@code DURATION_EXCEEDED} rule measures it (same calendar, same day counting, same ratio), so
 * that the compliance metrics and the findings never disagree about one step.
 */
@NamedInterface("api")
public final class StepDurations {

    private StepDurations() {
    }

    /**
     * A finished step's working time and, when its SOP gives a waktu, working time / standard.
     *
     * @param ratio empty without a waktu; above 1 is what the rule reports as exceeded
     */
    public record Finished(Duration working, OptionalDouble ratio) {
    }

    /**
     * The measurement of a step that had finished at {@code now}; empty for a step still running
     * or one the SOP does not know.
     *
     * @param unitCalendar the calendar of the case's unit; the SOP's day counting is applied here
     */
    public static Optional<Finished> finished(Sop sop, WorkingCalendar unitCalendar, ActivityEvent event,
            Instant now) {
        SopStep step = sop.step(event.stepNo()).orElse(null);
        Instant start = event.startedAt();
        Instant finish = event.finishedAt();
        if (step == null || finish == null || finish.isAfter(now) || start.isAfter(now)) {
            return Optional.empty();
        }
        WorkingCalendar calendar = unitCalendar.countingDaysAs(sop.dayCounting());
        // a finish recorded before the start counts as an instant step, as in the case facts
        Instant end = finish.isBefore(start) ? start : finish;
        StepMeasure measure = StepMeasure.of(calendar, start, end, step.waktu());
        return Optional.of(new Finished(measure.workingDuration(),
                step.waktu() == null ? OptionalDouble.empty() : OptionalDouble.of(measure.ratio())));
    }

    /**
     * A run, finished or still running, against its Mutu Baku waktu as the {@code DURATION_EXCEEDED}
     * rules judge it (the recording page shows it while the case runs).
     *
     * @param used    working time used (wall-clock time for a standard in calendar days)
     * @param allowed the working time the standard allows from the start
     * @param over    what the rules report: a finished run above 1× its standard, a running one past its due instant
     */
    public record AgainstStandard(boolean finished, Duration used, Duration allowed, Instant dueAt, double ratio,
            boolean over) {

        /** Time still allowed; negative once over. */
        public Duration left() {
            return allowed.minus(used);
        }
    }

    /**
     * The measurement of a run at {@code now}; empty for a step the SOP does not know, one without
     * a waktu, or one that starts after {@code now}. A finish after {@code now} counts as running.
     *
     * @param unitCalendar the calendar of the case's unit; the SOP's day counting is applied here
     */
    public static Optional<AgainstStandard> againstStandard(Sop sop, WorkingCalendar unitCalendar,
            ActivityEvent event, Instant now) {
        SopStep step = sop.step(event.stepNo()).orElse(null);
        Instant start = event.startedAt();
        if (step == null || step.waktu() == null || start.isAfter(now)) {
            return Optional.empty();
        }
        WorkingCalendar calendar = unitCalendar.countingDaysAs(sop.dayCounting());
        boolean finished = event.finishedAt() != null && !event.finishedAt().isAfter(now);
        // as in the case facts: a finish before the start is an instant step
        Instant end = !finished ? now : event.finishedAt().isBefore(start) ? start : event.finishedAt();
        StepMeasure measure = StepMeasure.of(calendar, start, end, step.waktu());
        boolean over = finished ? measure.ratio() > 1.0 : measure.dueAt().isBefore(now);
        return Optional.of(new AgainstStandard(finished, measure.used(), measure.standard(), measure.dueAt(),
                measure.ratio(), over));
    }

    /**
     * Working duration / standard of a step that had finished at {@code now}; empty for a step
     * still running, one the SOP does not know, or one without a waktu (nothing to compare with).
     * A ratio above 1 is what the rule reports as exceeded.
     *
     * @param unitCalendar the calendar of the case's unit; the SOP's day counting is applied here
     */
    public static OptionalDouble ratio(Sop sop, WorkingCalendar unitCalendar, ActivityEvent event, Instant now) {
        return finished(sop, unitCalendar, event, now).map(Finished::ratio).orElse(OptionalDouble.empty());
    }
}
