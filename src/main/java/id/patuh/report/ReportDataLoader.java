package id.patuh.report;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import id.patuh.calendar.CalendarService;
import id.patuh.cases.ActivityEvent;
import id.patuh.cases.CaseData;
import id.patuh.cases.StoredCases;
import id.patuh.cases.SubjectData;
import id.patuh.catalog.CatalogService;
import id.patuh.catalog.Sop;
import id.patuh.findings.FindingFilter;
import id.patuh.findings.FindingService;
import id.patuh.findings.FindingView;

/**
 * Reads what a report needs. The stores offer full scans only (the embedded store has no
 * secondary indexes), so each report is one pass over cases, subjects and the tenant's findings.
 */
final class ReportDataLoader {

    private final StoredCases stored;
    private final FindingService findings;
    private final CatalogService catalog;
    private final CalendarService calendars;

    ReportDataLoader(StoredCases stored, FindingService findings, CatalogService catalog,
            CalendarService calendars) {
        this.stored = stored;
        this.findings = findings;
        this.catalog = catalog;
        this.calendars = calendars;
    }

    ReportData load(ReportUnit unit, ReportPeriod period, Instant asOf) {
        Set<String> periods = period.dataPeriods();
        List<SubjectData> subjects = new ArrayList<>();
        stored.forEachSubjectOf(unit.tenant(), s -> {
            if (unit.covers(s.unit()) && periods.contains(s.period())) {
                subjects.add(s);
            }
        });
        List<CaseData> cases = new ArrayList<>();
        Map<String, String> sopOfCase = new HashMap<>();
        stored.forEachCaseOf(unit.tenant(), c -> {
            if (unit.tenant().equals(c.tenant())) {
                sopOfCase.put(c.caseId(), c.sopCode());
                if (unit.covers(c.unit()) && startedIn(c, period)) {
                    cases.add(c);
                }
            }
        });
        List<Sop> unitSops = unit.isTenant()
                ? catalog.sops().stream().filter(s -> s.units().contains(unit.tenant())).toList() : List.of();
        return new ReportData(unit, period, asOf, subjects, cases, findings(unit, periods, cases, unitSops),
                sopOfCase, unitSops);
    }

    /**
     * The unit's cases whose first event started in [{@code from}, {@code to}) in the unit's zone,
     * with every finding of the tenant about a case (a trend reads only the case measures).
     */
    ReportData loadCases(ReportUnit unit, LocalDate from, LocalDate to, Instant asOf) {
        List<CaseData> cases = new ArrayList<>();
        stored.forEachCaseOf(unit.tenant(), c -> {
            if (unit.tenant().equals(c.tenant()) && unit.covers(c.unit()) && firstDay(c)
                    .filter(d -> !d.isBefore(from) && d.isBefore(to)).isPresent()) {
                cases.add(c);
            }
        });
        List<FindingView> ofCases = new ArrayList<>();
        findings.forEach(new FindingFilter(null, null, null, null, null, null, unit.tenant(), null), f -> {
            if (f.caseId() != null && unit.covers(f.unit())) {
                ofCases.add(f);
            }
        });
        return new ReportData(unit, null, asOf, List.of(), cases, ofCases, Map.of(), List.of());
    }

    /** The day of a case's first event, in its unit's zone. */
    Optional<LocalDate> firstDay(CaseData c) {
        return c.events().stream().map(ActivityEvent::startedAt).min(Comparator.naturalOrder())
                .map(t -> LocalDate.ofInstant(t, calendars.forUnit(c.unit()).zone()));
    }

    /** A case belongs to the period of its first event's start, read in the unit's zone. */
    private boolean startedIn(CaseData c, ReportPeriod period) {
        return firstDay(c).filter(period::contains).isPresent();
    }

    private List<FindingView> findings(ReportUnit unit, Set<String> periods, List<CaseData> cases, List<Sop> sops) {
        Set<String> caseIds = new HashSet<>(cases.stream().map(CaseData::caseId).toList());
        List<FindingView> result = new ArrayList<>();
        findings.forEach(new FindingFilter(null, null, null, null, null, null, unit.tenant(), null), f -> {
            boolean ofCase = f.caseId() != null && caseIds.contains(f.caseId());
            boolean ofData = f.caseId() == null && f.period() != null && periods.contains(f.period());
            if ((ofCase || ofData) && unit.covers(f.unit())) {
                result.add(f);
            }
        });
        for (Sop sop : sops) {
            findings.forEach(new FindingFilter(null, sop.code(), "SOP_NOT_RATIFIED", null, null, null, null, null),
                    result::add);
        }
        return result;
    }
}
