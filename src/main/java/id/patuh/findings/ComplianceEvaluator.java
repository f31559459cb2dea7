package id.patuh.findings;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;

import id.patuh.calendar.CalendarService;
import id.patuh.cases.CaseData;
import id.patuh.cases.StoredCases;
import id.patuh.cases.SubjectData;
import id.patuh.catalog.CatalogService;
import id.patuh.catalog.Sop;
import id.patuh.evaluation.Finding;
import id.patuh.evaluation.RuleService;
import id.patuh.evaluation.ScopeEvaluator;
import id.patuh.store.KeyLocks;

/**
 * Evaluates one scope at a time — a case, an indicator subject, or an SOP of the catalog —
 * with only that scope's facts in the rule session, and reconciles the stored findings.
 */
@Service
@NamedInterface("api")
public class ComplianceEvaluator {

    private final StoredCases stored;
    private final CatalogService catalog;
    private final FindingService findings;
    private final ScopeEvaluator scopes;
    private final CalendarService calendars;
    /** Scopes reconciled together by the sweep; small enough that an import waits only briefly. */
    private static final int SWEEP_BATCH = 200;

    /** Keeps two evaluations of one scope (an import and a sweep, or two imports) from interleaving. */
    private final KeyLocks locks = new KeyLocks(KeyLocks.DEFAULT_STRIPES);
    private final ApplicationEventPublisher events;
    private final Clock clock;

    public ComplianceEvaluator(StoredCases stored, CatalogService catalog, CalendarService calendars,
            RuleService rules, FindingService findings, ObjectProvider<Clock> clock, ApplicationEventPublisher events) {
        this.events = events;
        this.stored = stored;
        this.catalog = catalog;
        this.scopes = rules.evaluator(catalog.catalog(), calendars, stored::findCase);
        this.calendars = calendars;
        this.findings = findings;
        this.clock = clock.getIfAvailable(Clock::systemUTC);
    }

    public Instant now() {
        return clock.instant();
    }

    public ReconcileResult evaluateCase(String caseKey, Instant now) {
        String scope = "case:" + caseKey;
        return timed("case", () -> locks.withLocks(List.of(scope), () -> {
            java.util.Optional<CaseData> data = stored.findCase(caseKey);
            return findings.reconcileAll(Map.of(scope, data.map(c -> scopes.caseFindings(c, now)).orElse(List.of())),
                    data.map(this::casePeriod).map(p -> Map.of(scope, p)).orElse(Map.of()), now);
        }));
    }

    /**
     * The quarter a case belongs to: the one its first step started in, in the unit's zone (as the
     * reports count cases). Step findings carry no period of their own; the list's period filter
     * finds them by this one.
     */
    private String casePeriod(CaseData data) {
        return data.events().stream().map(e -> e.startedAt()).filter(java.util.Objects::nonNull).min(Instant::compareTo)
                .map(t -> t.atZone(calendars.forUnit(data.unit()).zone()))
                .map(t -> t.getYear() + "-Q" + ((t.getMonthValue() - 1) / 3 + 1)).orElse(null);
    }

    /**
     * Scopes already read (the sweep streams whole documents instead of reading each by key),
     * evaluated one by one and reconciled together under their locks.
     */
    private <T> ReconcileResult evaluateBatch(String kind, List<T> batch, Function<T, String> scopeOf,
            Function<T, List<Finding>> evaluate, Instant now) {
        Map<String, T> byScope = new LinkedHashMap<>();
        batch.forEach(item -> byScope.put(scopeOf.apply(item), item));
        return locks.withLocks(byScope.keySet(), () -> {
            Map<String, List<Finding>> raised = new LinkedHashMap<>();
            Map<String, String> periods = new java.util.HashMap<>();
            byScope.forEach((scope, item) -> {
                long started = System.nanoTime();
                raised.put(scope, evaluate.apply(item));
                if (item instanceof CaseData data) {
                    periods.put(scope, casePeriod(data));
                }
                events.publishEvent(new ScopeEvaluated(kind, System.nanoTime() - started));
            });
            return findings.reconcileAll(raised, periods, now);
        });
    }

    public ReconcileResult evaluateSubject(String subjectKey, Instant now) {
        String scope = "subject:" + subjectKey;
        return timed("subject", () -> locks.withLocks(List.of(scope), () -> findings.reconcile(scope,
                stored.findSubject(subjectKey).map(s -> scopes.subjectFindings(s, now)).orElse(List.of()), now)));
    }

    private ReconcileResult timed(String kind, java.util.function.Supplier<ReconcileResult> evaluation) {
        long started = System.nanoTime();
        ReconcileResult result = evaluation.get();
        events.publishEvent(new ScopeEvaluated(kind, System.nanoTime() - started));
        return result;
    }

    public ReconcileResult evaluateCatalog(Instant now) {
        ReconcileResult total = ReconcileResult.NOTHING;
        for (Sop sop : catalog.sops()) {
            String scope = "sop:" + sop.code();
            total = total.plus(locks.withLocks(List.of(scope),
                    () -> findings.reconcile(scope, scopes.catalogFindings(sop, now), now)));
        }
        return total;
    }

    /**
     * Every case, every subject and the catalog, one scope at a time; the next documents are read
     * while the current batch is evaluated.
     */
    public SweepResult sweep(Instant now) {
        long started = System.nanoTime();
        AtomicLong cases = new AtomicLong();
        AtomicLong subjects = new AtomicLong();
        AtomicReference<ReconcileResult> changes = new AtomicReference<>(evaluateCatalog(now));
        ReadAhead.run("sweep-cases", stored::forEachCase, SWEEP_BATCH, batch -> {
            cases.addAndGet(batch.size());
            changes.set(changes.get().plus(evaluateBatch("case", batch, c -> "case:" + c.key(),
                    c -> scopes.caseFindings(c, now), now)));
        });
        ReadAhead.run("sweep-subjects", stored::forEachSubject, SWEEP_BATCH, batch -> {
            subjects.addAndGet(batch.size());
            changes.set(changes.get().plus(evaluateBatch("subject", batch, s -> "subject:" + s.key(),
                    s -> scopes.subjectFindings(s, now), now)));
        });
        return new SweepResult(cases.get(), subjects.get(), catalog.sops().size(), changes.get(),
                (System.nanoTime() - started) / 1_000_000);
    }

}
