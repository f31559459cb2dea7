package id.patuh.evaluation;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

import org.springframework.modulith.NamedInterface;

import id.patuh.calendar.CalendarService;
import id.patuh.calendar.WorkingCalendar;
import id.patuh.cases.ActivityEvent;
import id.patuh.cases.CaseData;
import id.patuh.cases.DataRequest;
import id.patuh.cases.StoreKeys;
import id.patuh.cases.SubjectData;
import id.patuh.catalog.Sop;
import id.patuh.catalog.SopCatalog;
import id.patuh.catalog.SopVersions;

/**
 * Builds the input of one scope — a case, an indicator subject, an SOP — from stored (or
 * offline) data and runs the rules on it. Shared by the service and the offline audit, so
 * both judge the same data the same way.
 */
@NamedInterface("api")
public final class ScopeEvaluator {

    private final Supplier<RuleEngine> engine;
    private final Function<String, Optional<SopVersions>> sops;
    private final CalendarService calendars;
    private final Function<String, Optional<CaseData>> cases;

    /**
     * @param engine the rules to use at each call (the service swaps them on reload)
     * @param sops   SOP by code
     * @param cases  case by {@link StoreKeys#caseKey}, to find the SOP behind a data request
     */
    ScopeEvaluator(Supplier<RuleEngine> engine, Function<String, Optional<Sop>> sops,
            CalendarService calendars, Function<String, Optional<CaseData>> cases) {
        this(engine, calendars, cases, code -> sops.apply(code).map(SopVersions::single));
    }

    /** Judges each case by the version of its SOP in force when the case's first step started. */
    ScopeEvaluator(Supplier<RuleEngine> engine, SopCatalog catalog, CalendarService calendars,
            Function<String, Optional<CaseData>> cases) {
        this(engine, calendars, cases, catalog::versions);
    }

    private ScopeEvaluator(Supplier<RuleEngine> engine, CalendarService calendars,
            Function<String, Optional<CaseData>> cases, Function<String, Optional<SopVersions>> sops) {
        this.engine = engine;
        this.sops = sops;
        this.calendars = calendars;
        this.cases = cases;
    }

    /** The findings of a case; none when its SOP is no longer in the catalog. */
    public List<Finding> caseFindings(CaseData data, Instant now) {
        return versionOf(data, now)
                .map(version -> engine.get().evaluateCase(CaseInput.judgedBy(version, data.events(),
                        calendarFor(data.unit(), version.sop()), now)))
                .orElse(List.of());
    }

    public List<Finding> subjectFindings(SubjectData data, Instant now) {
        Optional<SopVersions.SopInForce> version = sopOfRequests(data, now);
        WorkingCalendar calendar = version.map(v -> calendarFor(data.unit(), v.sop()))
                .orElseGet(() -> calendars.forUnit(data.unit()));
        return engine.get().evaluateSubject(new SubjectInput(data.unit(), data.indicatorCode(), data.period(),
                data.records(), data.requests(), null, calendar, now, version.orElse(null)));
    }

    /**
     * The SOP version in force on the day (in the unit's zone) the case's first step started, as of
     * {@code now}; the current version while no step has started yet.
     */
    private Optional<SopVersions.SopInForce> versionOf(CaseData data, Instant now) {
        return sops.apply(data.sopCode()).map(versions -> {
            ZoneId zone = calendars.forUnit(data.unit()).zone();
            return data.events().stream().map(ActivityEvent::startedAt).filter(t -> !t.isAfter(now))
                    .min(Comparator.naturalOrder())
                    .map(first -> versions.inForceOn(LocalDate.ofInstant(first, zone)))
                    .orElseGet(() -> versions.inForceOn(LocalDate.ofInstant(now, zone)));
        });
    }

    public List<Finding> catalogFindings(Sop sop, Instant now) {
        return engine.get().evaluateCatalog(sop, now);
    }

    /** The SOP version of the case that issued the subject's requests, when a request names one. */
    private Optional<SopVersions.SopInForce> sopOfRequests(SubjectData data, Instant now) {
        return data.requests().stream().map(DataRequest::caseId).filter(id -> id != null).findFirst()
                .flatMap(caseId -> cases.apply(StoreKeys.caseKey(data.tenant(), caseId)))
                .flatMap(c -> versionOf(c, now));
    }

    /** Calendar days when either the SOP or the unit says so; working days otherwise. */
    private WorkingCalendar calendarFor(String unit, Sop sop) {
        return calendars.forUnit(unit).countingDaysAs(sop.dayCounting());
    }
}
