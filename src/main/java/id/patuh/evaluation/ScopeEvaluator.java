package id.patuh.evaluation;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

import id.patuh.calendar.CalendarService;
import id.patuh.calendar.MutuBakuWaktu;
import id.patuh.calendar.WorkingCalendar;
import id.patuh.catalog.Sop;
import id.patuh.catalog.SopStep;
import id.patuh.ingest.CaseData;
import id.patuh.ingest.DataRequest;
import id.patuh.ingest.StoreKeys;
import id.patuh.ingest.SubjectData;

/**
 * Builds the input of one scope — a case, an indicator subject, an SOP — from stored (or
 * offline) data and runs the rules on it. Shared by the service and the offline audit, so
 * both judge the same data the same way.
 */
public final class ScopeEvaluator {

    private final Supplier<RuleEngine> engine;
    private final Function<String, Optional<Sop>> sops;
    private final CalendarService calendars;
    private final Function<String, Optional<CaseData>> cases;

    /**
     * @param engine the rules to use at each call (the service swaps them on reload)
     * @param sops   SOP by code
     * @param cases  case by {@link StoreKeys#caseKey}, to find the SOP behind a data request
     */
    public ScopeEvaluator(Supplier<RuleEngine> engine, Function<String, Optional<Sop>> sops,
            CalendarService calendars, Function<String, Optional<CaseData>> cases) {
        this.engine = engine;
        this.sops = sops;
        this.calendars = calendars;
        this.cases = cases;
    }

    /** The findings of a case; none when its SOP is no longer in the catalog. */
    public List<Finding> caseFindings(CaseData data, Instant now) {
        return sops.apply(data.sopCode())
                .map(sop -> engine.get().evaluateCase(new CaseInput(sop, data.events(),
                        calendarFor(data.unit(), sop), now)))
                .orElse(List.of());
    }

    public List<Finding> subjectFindings(SubjectData data, Instant now) {
        Optional<Sop> sop = sopOfRequests(data);
        WorkingCalendar calendar = sop.map(s -> calendarFor(data.unit(), s))
                .orElseGet(() -> calendars.forUnit(data.unit()));
        MutuBakuWaktu window = sop.flatMap(s -> s.steps().stream().filter(SopStep::verification).findFirst())
                .map(SopStep::waktu).orElse(null);
        return engine.get().evaluateSubject(new SubjectInput(data.unit(), data.indicatorCode(), data.period(),
                data.records(), data.requests(), window, calendar, now));
    }

    public List<Finding> catalogFindings(Sop sop, Instant now) {
        return engine.get().evaluateCatalog(sop, now);
    }

    /** The SOP of the case that issued the subject's requests, when a request names one. */
    private Optional<Sop> sopOfRequests(SubjectData data) {
        return data.requests().stream().map(DataRequest::caseId).filter(id -> id != null).findFirst()
                .flatMap(caseId -> cases.apply(StoreKeys.caseKey(data.tenant(), caseId)))
                .flatMap(c -> sops.apply(c.sopCode()));
    }

    /** Calendar days when either the SOP or the unit says so; working days otherwise. */
    private WorkingCalendar calendarFor(String unit, Sop sop) {
        return calendars.forUnit(unit).countingDaysAs(sop.dayCounting());
    }
}
