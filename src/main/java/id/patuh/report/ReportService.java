package id.patuh.report;

import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.TreeMap;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;

import id.patuh.calendar.CalendarService;
import id.patuh.cases.CaseData;
import id.patuh.cases.StoredCases;
import id.patuh.catalog.CatalogService;
import id.patuh.evidence.Evidence;
import id.patuh.evidence.EvidenceService;
import id.patuh.evidence.EvidenceTarget;
import id.patuh.findings.FindingService;
import id.patuh.messages.Text;
import id.patuh.security.TenantScope;

/**
 * The reports façade. Every method takes the unit and period explicitly and only reads, so an
 * access check (which tenant may see which unit) can wrap it without reaching inside.
 */
@Service
@NamedInterface("api")
public class ReportService {

    private final ReportDataLoader loader;
    private final ReadinessCalculator readiness;
    private final CalendarService calendars;
    private final ReportRenderer renderer;
    private final EvidenceService files;
    private final Clock clock;

    public ReportService(StoredCases stored, FindingService findings, CatalogService catalog,
            CalendarService calendars, ReportProperties properties, ObjectProvider<Clock> clock,
            ReportRenderer renderer, EvidenceService files) {
        this.loader = new ReportDataLoader(stored, findings, catalog, calendars);
        this.readiness = new ReadinessCalculator(catalog::find, calendars, properties);
        this.calendars = calendars;
        this.renderer = renderer;
        this.files = files;
        this.clock = clock.getIfAvailable(Clock::systemUTC);
    }

    /** Readiness of a unit the caller may see (else "not found": another tenant's units do not exist for them). */
    public ReadinessReport readiness(ReportUnit unit, ReportPeriod period, TenantScope scope) {
        requireVisible(unit, scope);
        return readiness(unit, period);
    }

    /** The monitoring form of a unit the caller may see. */
    public MonitoringForm monitoring(ReportUnit unit, ReportPeriod half, TenantScope scope) {
        requireVisible(unit, scope);
        return monitoring(unit, half);
    }

    private static void requireVisible(ReportUnit unit, TenantScope scope) {
        if (!scope.allows(unit.code())) {
            throw new ReportUnitNotFound(unit.code());
        }
    }

    /** Readiness of {@code unit} for a triwulan or a year, as of now. */
    public ReadinessReport readiness(ReportUnit unit, ReportPeriod period) {
        return readiness(unit, period, clock.instant());
    }

    public ReadinessReport readiness(ReportUnit unit, ReportPeriod period, Instant asOf) {
        ReadinessReport report = computed(unit, period, asOf);
        return report.withEvidenceFiles(evidenceFiles(report));
    }

    /** The report's figures without its evidence files: what the score needs, without their query. */
    private ReadinessReport computed(ReportUnit unit, ReportPeriod period, Instant asOf) {
        if (period.kind() == ReportPeriod.Kind.SEMESTER) {
            throw new ReportParameterException("period", period.label(), new Text("report.parameter.readinessPeriod"));
        }
        return readiness.of(loader.load(unit, period, asOf));
    }

    /** The files attached to the report's listed events and records, in the unit's tenant, in one query. */
    private Map<String, List<String>> evidenceFiles(ReadinessReport report) {
        String unit = report.unit();
        String tenant = unit.contains("/") ? unit.substring(0, unit.indexOf('/')) : unit;
        Map<String, List<String>> attached = new TreeMap<>();
        for (Evidence e : files.ofTargets(Map.of(tenant, report.listedIds()),
                List.of(EvidenceTarget.EVENT, EvidenceTarget.RECORD))) {
            attached.computeIfAbsent(e.targetId(), k -> new ArrayList<>()).add(e.id());
        }
        return attached;
    }

    /**
     * The readiness score (0–100) of the report for {@code unit} and {@code period} as of
     * {@code asOf}: the one figure the report prints and the dashboards' gauge shows. Empty when
     * the period is not a quarter or a year, the unit code is not one, or no measure has data.
     */
    public OptionalDouble readinessScore(String unit, String period, Instant asOf) {
        ReportPeriod parsed;
        ReportUnit parsedUnit;
        try {
            parsed = ReportPeriod.parse(period);
            parsedUnit = ReportUnit.parse(unit);
        } catch (ReportParameterException e) {
            return OptionalDouble.empty();
        }
        // the gauge asks for every unit and period at each scrape: the evidence files are not needed
        Double value = computed(parsedUnit, parsed, asOf).score().value();
        return value == null ? OptionalDouble.empty() : OptionalDouble.of(value);
    }

    /**
     * The report's Mutu Baku measure month by month, for the {@code months} months that end with
     * {@code last}: one pass over the unit's cases, each month computed as a report computes it.
     * A month without cases has a figure of 0 / 0 (no data, not 0 %).
     */
    public List<MonthlyAdherence> mutuBakuByMonth(ReportUnit unit, YearMonth last, int months,
            Instant asOf) {
        YearMonth first = last.minusMonths(months - 1L);
        ReportData data = loader.loadCases(unit, first.atDay(1), last.plusMonths(1).atDay(1), asOf);
        HeldFindings held = new HeldFindings(data.findings());
        Map<YearMonth, List<CaseData>> byMonth = new TreeMap<>();
        data.cases().forEach(c -> loader.firstDay(c).ifPresent(d -> byMonth
                .computeIfAbsent(YearMonth.from(d), m -> new ArrayList<>()).add(c)));
        SopAdherenceCalculator calculator = readiness.adherence(asOf);
        List<MonthlyAdherence> trend = new ArrayList<>();
        for (YearMonth m = first; !m.isAfter(last); m = m.plusMonths(1)) {
            List<CaseData> cases = byMonth.getOrDefault(m, List.of());
            trend.add(new MonthlyAdherence(m, SopAdherence.total(calculator.of(cases, held)).mutuBaku()));
        }
        return trend;
    }

    /** The monitoring form of {@code unit} for a semester ({@code YYYY-S1}/{@code YYYY-S2}), as of now. */
    public MonitoringForm monitoring(ReportUnit unit, ReportPeriod half) {
        return monitoring(unit, half, clock.instant());
    }

    public MonitoringForm monitoring(ReportUnit unit, ReportPeriod half, Instant asOf) {
        if (half.kind() != ReportPeriod.Kind.SEMESTER) {
            throw new ReportParameterException("half", half.label(), new Text("report.parameter.monitoringHalf"));
        }
        String zone = calendars.forUnit(unit.code()).zone().getId();
        return new MonitoringFormBuilder(zone).of(loader.load(unit, half, asOf));
    }

    public ReportDocument render(ReadinessReport report, ReportFormat format) {
        return renderer.readiness(report, format);
    }

    public ReportDocument render(MonitoringForm form, ReportFormat format) {
        return renderer.monitoring(form, format);
    }
}
