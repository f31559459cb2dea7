package id.patuh.overview;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.springframework.modulith.NamedInterface;

import id.patuh.calendar.WorkingCalendar;
import id.patuh.catalog.Sop;
import id.patuh.evaluation.StepDurations;
import id.patuh.cases.ActivityEvent;
import id.patuh.cases.CaseData;

/**
 * The finished runs of one SOP step: their working times and how many overran the Mutu Baku
 * waktu. The SOP sheet and the overview both count with it, so their per-step numbers agree.
 */
@NamedInterface("api")
public final class StepRuns {

    private long[] nanos = new long[16];
    private int count;
    private int overran;

    /**
     * Counts the runs of a case's steps that started in [{@code from}, {@code to}) in the unit's
     * zone and had finished at {@code now}; a run overran when the DURATION_EXCEEDED measure
     * ({@link StepDurations}) is above 1.
     *
     * @return the case's events that started in the span, finished or not
     */
    public static List<ActivityEvent> addCase(Sop sop, CaseData c, WorkingCalendar unitCalendar, LocalDate from,
            LocalDate to, Instant now, Map<Integer, StepRuns> runs) {
        List<ActivityEvent> inSpan = new ArrayList<>();
        for (ActivityEvent event : c.events()) {
            LocalDate day = event.startedAt().atZone(unitCalendar.zone()).toLocalDate();
            if (day.isBefore(from) || !day.isBefore(to)) {
                continue;
            }
            inSpan.add(event);
            StepDurations.finished(sop, unitCalendar, event, now).ifPresent(run -> runs
                    .computeIfAbsent(event.stepNo(), n -> new StepRuns())
                    .add(run.working(), run.ratio().orElse(0) > 1));
        }
        return inSpan;
    }

    public void add(Duration working, boolean late) {
        if (count == nanos.length) {
            nanos = Arrays.copyOf(nanos, count * 2);
        }
        nanos[count++] = working.toNanos();
        overran += late ? 1 : 0;
    }

    public int finished() {
        return count;
    }

    public int overran() {
        return overran;
    }

    /** The median working time; null without runs. With an even count, the mean of the middle two. */
    public Duration median() {
        if (count == 0) {
            return null;
        }
        long[] sorted = Arrays.copyOf(nanos, count);
        Arrays.sort(sorted);
        return Duration.ofNanos(count % 2 == 1 ? sorted[count / 2] : (sorted[count / 2 - 1] + sorted[count / 2]) / 2);
    }
}
