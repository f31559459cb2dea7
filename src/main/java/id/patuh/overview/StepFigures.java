package id.patuh.overview;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import id.patuh.calendar.CalendarService;
import id.patuh.catalog.CatalogService;
import id.patuh.catalog.Sop;
import id.patuh.catalog.SopStep;
import id.patuh.cases.StoredCases;
import id.patuh.report.ReportPeriod;

/**
 * Per SOP and step, the runs of some units in a quarter, counted as the SOP sheet counts them
 * ({@link StepRuns}): one pass over each unit's cases for all SOPs at once.
 */
@Component
class StepFigures {

    private final StoredCases cases;
    private final CatalogService catalog;
    private final CalendarService calendars;

    StepFigures(StoredCases cases, CatalogService catalog, CalendarService calendars) {
        this.cases = cases;
        this.catalog = catalog;
        this.calendars = calendars;
    }

    /** By SOP code, then step number; only SOPs with at least one run in the span. */
    Map<String, Map<Integer, StepRuns>> runs(List<String> tenants, ReportPeriod period, Instant now) {
        Map<String, Map<Integer, StepRuns>> bySop = new HashMap<>();
        for (String tenant : tenants) {
            cases.forEachCaseOf(tenant, c -> catalog.find(c.sopCode()).ifPresent(sop -> StepRuns.addCase(sop, c,
                    calendars.forUnit(c.unit()), period.start(), period.end(), now,
                    bySop.computeIfAbsent(sop.code(), k -> new HashMap<>()))));
        }
        return bySop;
    }

    /** The SOP's steps in order, each with its runs (none when it had no finished run). */
    List<Overview.StepFigure> steps(String sopCode, Map<Integer, StepRuns> runs, String link) {
        Sop sop = catalog.find(sopCode).orElse(null);
        if (sop == null) {
            return List.of();
        }
        List<Overview.StepFigure> steps = new ArrayList<>();
        for (SopStep step : sop.steps()) {
            StepRuns r = runs.getOrDefault(step.no(), new StepRuns());
            Duration median = r.median();
            Long standardMinutes = step.waktu() == null || step.waktu().isDays() ? null
                    : step.waktu().workingTime().toMinutes();
            steps.add(new Overview.StepFigure(step.no(), step.activity(), r.finished(), r.overran(),
                    step.waktu() == null ? null : waktuText(step), standardMinutes,
                    median == null ? null : median.toSeconds() / 60.0, link));
        }
        return steps;
    }

    /** The waktu as the sheet writes it; a bare number gets its unit. */
    private static String waktuText(SopStep step) {
        String text = step.waktuText() == null ? "" : step.waktuText().strip();
        if (text.matches("\\d+")) {
            return step.waktu().isDays() ? text + " hari" : step.waktu().workingTime().toMinutes() + " menit";
        }
        return text.isEmpty() ? step.waktu().toIso() : text;
    }
}
