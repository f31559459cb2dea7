package id.patuh.findings;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;

import id.patuh.calendar.CalendarService;
import id.patuh.calendar.DayCounting;
import id.patuh.calendar.MutuBakuWaktu;
import id.patuh.calendar.WorkingCalendar;
import id.patuh.catalog.CatalogService;
import id.patuh.catalog.Sop;
import id.patuh.catalog.SopStep;
import id.patuh.evaluation.CaseInput;
import id.patuh.evaluation.Finding;
import id.patuh.evaluation.RuleService;
import id.patuh.evaluation.SubjectInput;
import id.patuh.ingest.CaseData;
import id.patuh.ingest.DataRequest;
import id.patuh.ingest.IngestService;
import id.patuh.ingest.StoreKeys;
import id.patuh.ingest.SubjectData;

/**
 * Evaluates one scope at a time — a case, an indicator subject, or an SOP of the catalog —
 * with only that scope's facts in the rule session, and reconciles the stored findings.
 */
@Service
public class ComplianceEvaluator {

    private final IngestService ingest;
    private final CatalogService catalog;
    private final CalendarService calendars;
    private final RuleService rules;
    private final FindingService findings;
    private final Clock clock;

    public ComplianceEvaluator(IngestService ingest, CatalogService catalog, CalendarService calendars,
            RuleService rules, FindingService findings, ObjectProvider<Clock> clock) {
        this.ingest = ingest;
        this.catalog = catalog;
        this.calendars = calendars;
        this.rules = rules;
        this.findings = findings;
        this.clock = clock.getIfAvailable(Clock::systemUTC);
    }

    public Instant now() {
        return clock.instant();
    }

    public ReconcileResult evaluateCase(String caseKey, Instant now) {
        List<Finding> raised = ingest.findCase(caseKey)
                .flatMap(c -> catalog.find(c.sopCode()).map(sop -> caseFindings(c, sop, now)))
                .orElse(List.of());
        return findings.reconcile("case:" + caseKey, raised, now);
    }

    public ReconcileResult evaluateSubject(String subjectKey, Instant now) {
        List<Finding> raised = ingest.findSubject(subjectKey).map(s -> subjectFindings(s, now)).orElse(List.of());
        return findings.reconcile("subject:" + subjectKey, raised, now);
    }

    public ReconcileResult evaluateCatalog(Instant now) {
        ReconcileResult total = ReconcileResult.NOTHING;
        for (Sop sop : catalog.sops()) {
            total = total.plus(findings.reconcile("sop:" + sop.code(), rules.engine().evaluateCatalog(sop, now), now));
        }
        return total;
    }

    /** Every case, every subject and the catalog, one scope at a time. */
    public SweepResult sweep(Instant now) {
        long started = System.nanoTime();
        AtomicLong cases = new AtomicLong();
        AtomicLong subjects = new AtomicLong();
        AtomicReference<ReconcileResult> changes = new AtomicReference<>(evaluateCatalog(now));
        ingest.forEachCaseKey(key -> {
            cases.incrementAndGet();
            changes.set(changes.get().plus(evaluateCase(key, now)));
        });
        ingest.forEachSubjectKey(key -> {
            subjects.incrementAndGet();
            changes.set(changes.get().plus(evaluateSubject(key, now)));
        });
        return new SweepResult(cases.get(), subjects.get(), catalog.sops().size(), changes.get(),
                (System.nanoTime() - started) / 1_000_000);
    }

    private List<Finding> caseFindings(CaseData data, Sop sop, Instant now) {
        return rules.engine().evaluateCase(new CaseInput(sop, data.events(), calendarFor(data.unit(), sop), now));
    }

    private List<Finding> subjectFindings(SubjectData data, Instant now) {
        Optional<Sop> sop = sopOfRequests(data);
        WorkingCalendar calendar = sop.map(s -> calendarFor(data.unit(), s))
                .orElseGet(() -> calendars.forUnit(data.unit()));
        MutuBakuWaktu window = sop.flatMap(s -> s.steps().stream().filter(SopStep::verification).findFirst())
                .map(SopStep::waktu).orElse(null);
        return rules.engine().evaluateSubject(new SubjectInput(data.unit(), data.indicatorCode(), data.period(),
                data.records(), data.requests(), window, calendar, now));
    }

    /** The SOP of the case that issued the subject's requests, when a request names one. */
    private Optional<Sop> sopOfRequests(SubjectData data) {
        return data.requests().stream().map(DataRequest::caseId).filter(id -> id != null).findFirst()
                .flatMap(caseId -> ingest.findCase(StoreKeys.caseKey(data.tenant(), caseId)))
                .flatMap(c -> catalog.find(c.sopCode()));
    }

    /** Calendar days when either the SOP or the unit says so; working days otherwise. */
    private WorkingCalendar calendarFor(String unit, Sop sop) {
        WorkingCalendar calendar = calendars.forUnit(unit);
        return sop.dayCounting() == DayCounting.CALENDAR ? calendar.withDayCounting(DayCounting.CALENDAR) : calendar;
    }
}
