package id.patuh.metrics;

import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

import id.patuh.calendar.CalendarService;
import id.patuh.cases.ActivityEvent;
import id.patuh.cases.CaseData;
import id.patuh.catalog.Sop;
import id.patuh.catalog.SopStep;
import id.patuh.evaluation.StepDurations;

/** Cases and finished steps per SOP, raw unit and step, as of one instant. */
final class CaseTally {

    record SopUnit(String sop, String unit) {
    }

    record StepKey(String sop, String unit, int step) {
    }

    private final Map<String, Sop> sops = new HashMap<>();
    private final CalendarService calendars;
    private final Instant now;
    final Map<SopUnit, Long> cases = new HashMap<>();
    final Map<StepKey, RatioCounts> steps = new HashMap<>();

    /** @param catalog the SOPs of the catalog: their steps' standards, and the series known from start */
    CaseTally(Collection<Sop> catalog, CalendarService calendars, Instant now) {
        this.calendars = calendars;
        this.now = now;
        // every SOP of the catalog and each of its units shows, at 0, before any case arrives
        for (Sop sop : catalog) {
            sops.put(sop.code(), sop);
            for (String unit : sop.units()) {
                cases.put(new SopUnit(sop.code(), unit), 0L);
                sop.steps().stream().filter(s -> s.waktu() != null).map(SopStep::no)
                        .forEach(no -> steps.put(new StepKey(sop.code(), unit, no), new RatioCounts()));
            }
        }
    }

    void add(CaseData data) {
        cases.merge(new SopUnit(data.sopCode(), data.unit()), 1L, Long::sum);
        Sop sop = sops.get(data.sopCode());
        if (sop == null) {
            return; // an SOP removed from the catalog: its steps have no standard any more
        }
        var calendar = calendars.forUnit(data.unit());
        for (ActivityEvent event : data.events()) {
            StepDurations.ratio(sop, calendar, event, now).ifPresent(ratio -> steps
                    .computeIfAbsent(new StepKey(data.sopCode(), data.unit(), event.stepNo()), k -> new RatioCounts())
                    .add(ratio));
        }
    }
}
