package id.patuh.findings;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Service;

import com.mongodb.client.model.Filters;

import id.patuh.evaluation.Finding;
import id.patuh.security.TenantScope;

/** The findings façade: reconcile what evaluation raised, list and follow up. */
@Service
public class FindingService {

    public static final int MAX_PAGE_SIZE = 500;

    private final FindingStore store;
    private final FindingLifecycle lifecycle;
    private final ApplicationEventPublisher events;

    public FindingService(MongoTemplate mongo, ObjectProvider<Clock> clock, ApplicationEventPublisher events) {
        this.events = events;
        AuditTrail auditTrail = new AuditTrail(mongo);
        this.store = new FindingStore(mongo, auditTrail);
        this.lifecycle = new FindingLifecycle(store, auditTrail, clock.getIfAvailable(Clock::systemUTC), events);
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
        FindingStore.Reconciliation reconciliation = store.reconcileAll(raisedByScope, now);
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
        List<FindingView> items = new ArrayList<>();
        store.findings().find(filter.toBson(scope))
                .sort(order.sort())
                .skip(safePage * safeSize).limit(safeSize)
                .forEach(d -> items.add(FindingDocuments.view(d)));
        long total = store.findings().countDocuments(filter.toBson(scope));
        return new FindingPage(items, safePage, safeSize, total);
    }

    /** Every finding matching the filter, streamed; a full scan on the embedded store. */
    public void forEach(FindingFilter filter, java.util.function.Consumer<FindingView> action) {
        store.findings().find(filter.toBson()).batchSize(500).forEach(d -> action.accept(FindingDocuments.view(d)));
    }

    public Optional<FindingView> find(String id) {
        return find(id, TenantScope.ALL);
    }

    /** The finding, if it exists and the caller may see it. */
    public Optional<FindingView> find(String id, TenantScope scope) {
        return Optional.ofNullable(store.findings().find(Filters.eq("_id", id)).first())
                .filter(d -> scope.allows(d.getString("tenant"))).map(FindingDocuments::view);
    }

    /** Records a follow-up: who did what. */
    public FindingView followUp(String id, String actor, String note) {
        return lifecycle.change(id, FindingStatus.DITINDAKLANJUTI, actor, note, TenantScope.ALL);
    }

    /** A status change by a caller limited to {@code scope}: findings outside it do not exist for them. */
    public FindingView change(String id, FindingStatus to, String actor, String note, TenantScope scope) {
        FindingView changed = lifecycle.change(id, to, actor, note, scope);
        return to == FindingStatus.SELESAI || to == FindingStatus.DIKECUALIKAN ? closed(changed) : changed;
    }

    public FindingView close(String id, String actor, String note) {
        return change(id, FindingStatus.SELESAI, actor, note, TenantScope.ALL);
    }

    /** Accepts the finding as an exception; the justification is required. */
    public FindingView except(String id, String actor, String justification) {
        return change(id, FindingStatus.DIKECUALIKAN, actor, justification, TenantScope.ALL);
    }

    private FindingView closed(FindingView finding) {
        events.publishEvent(new FindingsChanged(List.of(new FindingChange(FindingChange.Kind.CLOSED, finding.code(),
                finding.severity(), finding.unit(), finding.sopCode()))));
        return finding;
    }

    public FindingView reopen(String id, String actor, String note) {
        return change(id, FindingStatus.TERBUKA, actor, note, TenantScope.ALL);
    }
}
