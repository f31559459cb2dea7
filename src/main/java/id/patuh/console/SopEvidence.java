package id.patuh.console;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import id.patuh.calendar.CalendarService;
import id.patuh.calendar.WorkingCalendar;
import id.patuh.cases.ActivityEvent;
import id.patuh.cases.CaseData;
import id.patuh.cases.StoredCases;
import id.patuh.catalog.Sop;
import id.patuh.catalog.SopStep;
import id.patuh.evidence.EvidenceService;
import id.patuh.evidence.EvidenceTarget;
import id.patuh.overview.StepRuns;

/**
 * The evidence drawn over an SOP sheet: per step, from the stored cases of one unit, how often
 * it overran its Mutu Baku and its median working time, counted by {@link StepRuns} (which the
 * overview counts with too). Overrun is decided by {@link id.patuh.evaluation.StepDurations}, the
 * measure of the DURATION_EXCEEDED rule and of the metrics, so the sheet, the overview, the
 * findings and the dashboards agree about every run.
 */
@Component
class SopEvidence {

    private final StoredCases stored;
    private final CalendarService calendars;
    private final EvidenceService files;

    SopEvidence(StoredCases stored, CalendarService calendars, EvidenceService files) {
        this.stored = stored;
        this.calendars = calendars;
        this.files = files;
    }

    /**
     * Per step number; a step without finished runs has an empty entry.
     *
     * @param tenant a unit the caller may read (checked by the caller)
     */
    Map<Integer, SopStepEvidence> of(Sop sop, String tenant, SopPeriod period, Instant now) {
        Map<Integer, StepRuns> runs = new HashMap<>();
        Map<Integer, List<String>> events = new HashMap<>();
        stored.forEachCaseOf(tenant, c -> {
            if (sop.code().equals(c.sopCode())) {
                add(sop, c, period, now, runs, events);
            }
        });
        // one query for the whole sheet; a file may prove a run that has not finished yet
        Map<String, List<String>> attached = files.idsOf(tenant, EvidenceTarget.EVENT,
                events.values().stream().flatMap(List::stream).toList());
        Map<Integer, SopStepEvidence> evidence = new LinkedHashMap<>();
        for (SopStep step : sop.steps()) {
            StepRuns r = runs.get(step.no());
            SopStepEvidence drawn = r == null ? SopStepEvidence.none(step.no(), step.waktu() != null)
                    : evidence(r, step.no(), step.waktu() != null);
            evidence.put(step.no(), drawn.withFiles(events.getOrDefault(step.no(), List.of()).stream()
                    .flatMap(id -> attached.getOrDefault(id, List.of()).stream()).toList()));
        }
        return evidence;
    }

    private void add(Sop sop, CaseData c, SopPeriod period, Instant now, Map<Integer, StepRuns> runs,
            Map<Integer, List<String>> events) {
        WorkingCalendar unitCalendar = calendars.forUnit(c.unit());
        for (ActivityEvent event : StepRuns.addCase(sop, c, unitCalendar, period.start(), period.end(), now, runs)) {
            events.computeIfAbsent(event.stepNo(), n -> new ArrayList<>()).add(event.eventId());
        }
    }

    private static SopStepEvidence evidence(StepRuns runs, int step, boolean standard) {
        return new SopStepEvidence(step, runs.finished(), runs.overran(), runs.median(), standard, List.of());
    }
}
