package id.patuh.metrics;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Component;

import id.patuh.calendar.CalendarService;
import id.patuh.cases.StoredCases;
import id.patuh.catalog.CatalogService;
import id.patuh.catalog.Sop;
import id.patuh.evaluation.RuleService;
import id.patuh.findings.FindingFilter;
import id.patuh.findings.FindingService;
import id.patuh.findings.FindingStatus;
import id.patuh.report.ReportService;

/**
 * Computes a {@link MetricsSnapshot} from the stored state: one streamed pass over the cases,
 * one over the subjects and one over the open findings. Memory holds only the tallies, whose
 * size is bounded by SOPs × units × steps, not by the number of events.
 */
@Component
class SnapshotBuilder {

    private final StoredCases stored;
    private final FindingService findings;
    private final CatalogService catalog;
    private final CalendarService calendars;
    private final RuleService rules;
    private final MetricsProperties properties;
    private final ReportService reports;

    SnapshotBuilder(StoredCases stored, FindingService findings, CatalogService catalog, CalendarService calendars,
            RuleService rules, MetricsProperties properties, ReportService reports) {
        this.reports = reports;
        this.stored = stored;
        this.findings = findings;
        this.catalog = catalog;
        this.calendars = calendars;
        this.rules = rules;
        this.properties = properties;
    }

    MetricsSnapshot build(Instant now) {
        long started = System.nanoTime();
        CaseTally cases = new CaseTally(catalog.sops(), calendars, now);
        stored.forEachCase(cases::add);
        SubjectTally subjects = new SubjectTally(now);
        stored.forEachSubject(subjects::add);
        FindingTally open = new FindingTally(now, this::unitOfSop);
        for (FindingStatus status : FindingStatus.values()) {
            if (status.open()) {
                // "open" also needs the condition to hold: one that stopped no longer counts against the unit
                findings.forEach(new FindingFilter(null, null, null, null, status, null, null, null), f -> {
                    if (f.open()) {
                        open.add(f);
                    }
                });
            }
        }
        findings.forEach(new FindingFilter(null, null, null, null, null, null, null, null, null, true),
                open::addOverdue);
        Set<String> seen = new HashSet<>();
        cases.cases.keySet().forEach(k -> seen.add(k.unit()));
        subjects.subjects.keySet().forEach(k -> seen.add(k.unit()));
        open.open.keySet().forEach(k -> seen.add(k.unit()));
        seen.addAll(open.overdue.keySet());
        return new SnapshotAssembler(UnitLabels.assign(catalogUnits(), seen, properties.maxUnits()))
                .cases(cases).findings(open).followUps(catalogUnits(), open.overdue)
                .submissions(subjects, (unit, period) -> reports.readinessScore(unit, period, now),
                        properties.maxPeriods())
                .service(rules.version(), (System.nanoTime() - started) / 1e9, now).build(now);
    }

    /** Before the store has been read: the catalog's SOPs and units at 0, so known series exist from start. */
    MetricsSnapshot empty(Instant now) {
        CaseTally cases = new CaseTally(catalog.sops(), calendars, now);
        return new SnapshotAssembler(UnitLabels.assign(catalogUnits(), Set.of(), properties.maxUnits()))
                .cases(cases).followUps(catalogUnits(), java.util.Map.of())
                .service(rules.version(), 0, now).build(now);
    }

    private List<String> catalogUnits() {
        return catalog.sops().stream().flatMap(s -> s.units().stream()).distinct().toList();
    }

    private String unitOfSop(String sopCode) {
        return catalog.find(sopCode).map(Sop::units).filter(u -> !u.isEmpty()).map(u -> u.get(0))
                .orElse(UnitLabels.NONE);
    }
}
