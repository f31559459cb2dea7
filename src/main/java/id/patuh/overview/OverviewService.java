package id.patuh.overview;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;

import id.patuh.catalog.CatalogService;
import id.patuh.findings.FindingFilter;
import id.patuh.findings.FindingService;
import id.patuh.report.MonthlyAdherence;
import id.patuh.report.ReadinessReport;
import id.patuh.report.ReportPeriod;
import id.patuh.report.ReportService;
import id.patuh.report.ReportUnit;
import id.patuh.security.TenantScope;

/**
 * The overview façade. Per unit it asks the readiness report (headline, per SOP, the findings to
 * look at) and the report's monthly cut (trend); per step it counts as the SOP sheet does; overdue
 * follow-ups are the findings list's {@code overdue} filter. Nothing here is a second formula.
 */
@NamedInterface("api")
@Service
public class OverviewService {

    static final ZoneId WIB = ZoneId.of("Asia/Jakarta");
    static final int TREND_MONTHS = 12;
    static final int ATTENTION = 10;

    private final ReportService reports;
    private final FindingService findings;
    private final CatalogService catalog;
    private final StepFigures steps;
    private final Clock clock;

    OverviewService(ReportService reports, FindingService findings, CatalogService catalog, StepFigures steps,
            ObjectProvider<Clock> clock) {
        this.reports = reports;
        this.findings = findings;
        this.catalog = catalog;
        this.steps = steps;
        this.clock = clock.getIfAvailable(Clock::systemUTC);
    }

    /** The overview as of now. */
    public Overview overview(TenantScope scope, String unit, String period) {
        return overview(scope, unit, period, clock.instant());
    }

    /**
     * @param unit   one of the caller's units, or blank for all of them together
     * @param period a quarter {@code YYYY-Qn}; blank for the current one
     */
    public Overview overview(TenantScope scope, String unit, String period, Instant asOf) {
        ReportPeriod quarter = OverviewRequest.quarter(period, asOf);
        List<String> units = units(scope);
        String chosen = OverviewRequest.unit(unit, scope);
        List<String> shown = chosen != null ? List.of(chosen) : units;
        List<UnitFigures> figures = shown.stream().map(u -> figures(u, quarter, asOf)).toList();
        OverviewLinks links = new OverviewLinks(chosen, quarter.label());
        OverviewPooling pooled = new OverviewPooling(figures, links);
        return new Overview(quarter.label(), OverviewRequest.title(quarter), asOf, chosen, units,
                pooled.headline(shown.size() == 1), pooled.trend(), sops(figures, shown, quarter, asOf, links),
                units.size() > 1 && chosen == null ? pooled.comparison() : List.of(), pooled.attention(ATTENTION));
    }

    /** The units a scope covers: its tenants, or every unit the catalog names for an all-tenant caller. */
    public List<String> units(TenantScope scope) {
        if (!scope.all()) {
            return new ArrayList<>(new TreeSet<>(scope.tenants()));
        }
        return catalog.sops().stream().flatMap(s -> s.units().stream()).distinct().sorted().toList();
    }

    private UnitFigures figures(String unit, ReportPeriod quarter, Instant asOf) {
        ReportUnit reportUnit = ReportUnit.parse(unit);
        ReadinessReport report = reports.readiness(reportUnit, quarter, asOf);
        List<MonthlyAdherence> trend = reports.mutuBakuByMonth(reportUnit, lastMonth(quarter, asOf), TREND_MONTHS,
                asOf);
        long[] overdue = {0};
        findings.forEach(new FindingFilter(unit, null, null, null, null, null, null, null, null, true),
                f -> overdue[0]++);
        return new UnitFigures(unit, report, trend, overdue[0]);
    }

    /** The trend ends with the quarter's last month, or this month while the quarter runs. */
    static YearMonth lastMonth(ReportPeriod quarter, Instant asOf) {
        YearMonth now = YearMonth.from(LocalDate.ofInstant(asOf, WIB));
        YearMonth end = YearMonth.from(quarter.end().minusDays(1));
        return end.isAfter(now) ? now : end;
    }

    private List<Overview.SopFigure> sops(List<UnitFigures> figures, List<String> tenants, ReportPeriod quarter,
            Instant asOf, OverviewLinks links) {
        Map<String, Map<Integer, StepRuns>> runs = steps.runs(tenants, quarter, asOf);
        return new OverviewPooling(figures, links).perSop().stream()
                .map(s -> new Overview.SopFigure(s.sopCode(), s.sopName(), s.mutuBaku(),
                        steps.steps(s.sopCode(), runs.getOrDefault(s.sopCode(), Map.of()), s.mutuBaku().link())))
                .sorted(Comparator.comparing(Overview.SopFigure::sopCode)).toList();
    }
}
