package id.patuh.findings;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;

import com.mongodb.client.model.Filters;

import id.patuh.calendar.CalendarService;
import id.patuh.errors.Refusal;
import id.patuh.evaluation.Finding;
import id.patuh.messages.Text;
import id.patuh.security.TenantScope;

/** The findings façade: reconcile what evaluation raised, list and follow up. */
@Service
@NamedInterface("api")
public class FindingService {

    public static final int MAX_PAGE_SIZE = 500;

    private final FindingStore store;
    private final FindingLifecycle lifecycle;
    private final ApplicationEventPublisher events;
    private final FindingAge age;

    public FindingService(MongoTemplate mongo, CalendarService calendars, ObjectProvider<Clock> clock,
            ApplicationEventPublisher events) {
        this.events = events;
        AuditTrail auditTrail = new AuditTrail(mongo);
        this.store = new FindingStore(mongo, auditTrail);
        Clock time = clock.getIfAvailable(Clock::systemUTC);
        this.age = new FindingAge(calendars, time);
        this.lifecycle = new FindingLifecycle(store, auditTrail, time, age, events);
    }

    /**
     * Makes the stored findings of {@code scope} match {@code raised}: new ones are raised, changed
     * ones updated, ones that no longer hold closed with a reason. Reconciling the same findings
     * again changes nothing.
     */
    public ReconcileResult reconcile(String scope, List<Finding> raised, Instant now) {
        FindingStore.Reconciliation reconciliation = store.reconcile(scope, raised, now);
        if (!reconciliation.changes().isEmpty()) {
            events.publishEvent(new FindingsChanged(reconciliation.changes()));
        }
        return reconciliation.result();
    }

    /** {@link #reconcile} for many scopes at once, with a fixed number of store round trips. */
    public ReconcileResult reconcileAll(java.util.Map<String, List<Finding>> raisedByScope, Instant now) {
        return reconcileAll(raisedByScope, java.util.Map.of(), now);
    }

    /**
     * {@link #reconcileAll} where the scopes are cases: {@code casePeriodByScope} gives each case's
     * period (the quarter its first step started), stored with its findings for the period filter.
     */
    public ReconcileResult reconcileAll(java.util.Map<String, List<Finding>> raisedByScope,
            java.util.Map<String, String> casePeriodByScope, Instant now) {
        FindingStore.Reconciliation reconciliation = store.reconcileAll(raisedByScope, casePeriodByScope, now);
        if (!reconciliation.changes().isEmpty()) {
            events.publishEvent(new FindingsChanged(reconciliation.changes()));
        }
        return reconciliation.result();
    }

    public FindingPage list(FindingFilter filter, int page, int size) {
        return list(filter, TenantScope.ALL, page, size);
    }

    /** One page of the findings the caller may see, newest first. */
    public FindingPage list(FindingFilter filter, TenantScope scope, int page, int size) {
        return list(filter, scope, page, size, FindingOrder.NEWEST);
    }

    /** One page of the findings the caller may see, in the given order. */
    public FindingPage list(FindingFilter filter, TenantScope scope, int page, int size, FindingOrder order) {
        int safeSize = Math.max(1, Math.min(size, MAX_PAGE_SIZE));
        int safePage = Math.max(0, page);
        LocalDate today = today();
        List<FindingView> items = new ArrayList<>();
        store.findings().find(filter.toBson(scope, today))
                .sort(order.sort())
                .skip(safePage * safeSize).limit(safeSize)
                .forEach(d -> items.add(FindingDocuments.view(d, today, age)));
        long total = store.findings().countDocuments(filter.toBson(scope, today));
        return new FindingPage(items, safePage, safeSize, total);
    }

    /** Every finding matching the filter, streamed; a full scan on the embedded store. */
    public void forEach(FindingFilter filter, java.util.function.Consumer<FindingView> action) {
        forEach(filter, TenantScope.ALL, FindingOrder.NEWEST, action);
    }

    /** Every finding the caller may see matching the filter, streamed in the given order (the exports). */
    public void forEach(FindingFilter filter, TenantScope scope, FindingOrder order,
            java.util.function.Consumer<FindingView> action) {
        LocalDate today = today();
        store.findings().find(filter.toBson(scope, today)).sort(order.sort()).batchSize(500)
                .forEach(d -> action.accept(FindingDocuments.view(d, today, age)));
    }

    public Optional<FindingView> find(String id) {
        return find(id, TenantScope.ALL);
    }

    /** The finding, if it exists and the caller may see it. */
    public Optional<FindingView> find(String id, TenantScope scope) {
        return Optional.ofNullable(store.findings().find(Filters.eq("_id", id)).first())
                .filter(d -> scope.allows(d.getString("tenant"))).map(d -> FindingDocuments.view(d, today(), age));
    }

    /** The inspektorat's date: an audit item is overdue once it is past its due date. */
    public LocalDate today() {
        return lifecycle.today();
    }

    /**
     * Accepts findings as audit items under one recommendation (they share its id). All of them
     * must be visible to the caller and still {@code terbuka}; otherwise none is changed.
     */
    public List<FindingView> recommend(List<String> ids, Recommendation recommendation, String actor,
            TenantScope scope) {
        recommendation.check();
        List<String> distinct = ids == null ? List.of() : ids.stream().filter(i -> i != null && !i.isBlank())
                .map(String::strip).distinct().toList();
        if (distinct.isEmpty() || distinct.size() > MAX_PAGE_SIZE) {
            throw new FindingTransitionException(Refusal.INVALID, new Text("findings.refused.count", MAX_PAGE_SIZE));
        }
        for (String id : distinct) {
            FindingStatus status = FindingStatus.fromLabel(lifecycle.visible(id, scope).getString("status"));
            if (!FollowUpStep.REKOMENDASI.allowedFrom(status)) {
                throw FindingLifecycle.notAllowed(FollowUpStep.REKOMENDASI, status);
            }
        }
        String rekomendasiId = java.util.UUID.randomUUID().toString().replace("-", "");
        return distinct.stream().map(id -> lifecycle.apply(id, FollowUpStep.REKOMENDASI, actor, null, List.of(),
                recommendation, rekomendasiId, scope)).toList();
    }

    /** {@link #recommend} for every {@code terbuka} finding of the filter (the console's "all of this list"). */
    public List<FindingView> recommendMatching(FindingFilter filter, Recommendation recommendation, String actor,
            TenantScope scope) {
        FindingFilter open = filter.withStatus(FindingStatus.TERBUKA);
        List<String> ids = new ArrayList<>();
        store.findings().find(open.toBson(scope, today())).sort(FindingOrder.NEWEST.sort()).limit(MAX_PAGE_SIZE + 1)
                .forEach(d -> ids.add(d.getString("_id")));
        return recommend(ids, recommendation, actor, scope);
    }

    /**
     * One follow-up step other than the recommendation: the unit's report (with evidence ids), or
     * an auditor's decision. Findings outside {@code scope} do not exist for the caller.
     */
    public FindingView step(String id, FollowUpStep step, String actor, String note, List<String> bukti,
            TenantScope scope) {
        if (step == FollowUpStep.REKOMENDASI) {
            throw new IllegalArgumentException("a recommendation goes through recommend()");
        }
        FindingView changed = lifecycle.apply(id, step, actor, note, bukti, null, null, scope);
        if (!changed.status().open() && changed.kondisi() == Kondisi.BERLAKU) {
            events.publishEvent(new FindingsChanged(List.of(new FindingChange(FindingChange.Kind.CLOSED,
                    changed.code(), changed.severity(), changed.unit(), changed.sopCode()))));
        }
        return changed;
    }
}
