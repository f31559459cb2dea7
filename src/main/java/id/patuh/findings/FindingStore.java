package id.patuh.findings;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;

import com.mongodb.MongoBulkWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.BulkWriteOptions;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.InsertOneModel;
import com.mongodb.client.model.ReplaceOneModel;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.UpdateOneModel;
import com.mongodb.client.model.Updates;
import com.mongodb.client.model.WriteModel;

import id.patuh.evaluation.Finding;

/**
 * Reconciles the findings of one scope with what an evaluation raised now.
 *
 * <p>The ids of a scope's findings are kept in a scope document ({@code _id} = scope), so
 * that reconciling a case (or a batch of them) is two {@code _id} lookups and no scan. Finding documents are
 * written before the scope document: after a crash in between, the next evaluation still
 * sees every earlier id and repairs the rest.
 */
final class FindingStore {

    static final String SYSTEM_ACTOR = "patuh";
    private static final int DUPLICATE_KEY = 11000;

    private final MongoTemplate mongo;
    private final AuditTrail auditTrail;

    FindingStore(MongoTemplate mongo, AuditTrail auditTrail) {
        this.mongo = mongo;
        this.auditTrail = auditTrail;
    }

    Reconciliation reconcile(String scope, List<Finding> raised, Instant now) {
        return reconcileAll(Map.of(scope, raised), Map.of(), now);
    }

    /**
     * Reconciles many scopes with a fixed number of round trips: one read of their scope
     * documents, one of the findings they name, one bulk write each for findings, trail and
     * scope documents. The sweep reconciles hundreds of cases at a time this way; one by one,
     * reading each scope document was a round trip per case.
     */
    Reconciliation reconcileAll(Map<String, List<Finding>> raisedByScope, Map<String, String> casePeriods,
            Instant now) {
        Map<String, List<String>> priorIdsByScope = priorIds(raisedByScope.keySet());
        Set<String> allIds = new LinkedHashSet<>();
        priorIdsByScope.values().forEach(allIds::addAll);
        raisedByScope.values().forEach(raised -> raised.forEach(f -> allIds.add(f.id())));
        if (allIds.isEmpty()) {
            // nothing before, nothing now: the common case of compliant cases, with one query only
            return new Reconciliation(ReconcileResult.NOTHING, List.of());
        }
        Map<String, Document> stored = new HashMap<>();
        findings().find(Filters.in("_id", allIds)).forEach(d -> stored.put(d.getString("_id"), d));

        ScopeChanges changes = new ScopeChanges(now);
        List<WriteModel<Document>> scopeWrites = new ArrayList<>();
        raisedByScope.forEach((scope, raised) -> {
            List<String> priorIds = priorIdsByScope.getOrDefault(scope, List.of());
            Map<String, Finding> byId = new LinkedHashMap<>();
            raised.forEach(f -> byId.put(f.id(), f));
            byId.values().forEach(f -> changes.raise(f, scope, casePeriods.get(scope), stored.get(f.id())));
            priorIds.stream().filter(id -> !byId.containsKey(id)).map(stored::get)
                    .filter(d -> d != null).forEach(changes::markNotHolding);
            if (!new LinkedHashSet<>(priorIds).equals(byId.keySet())) {
                scopeWrites.add(new ReplaceOneModel<>(Filters.eq("_id", scope),
                        new Document("_id", scope).append("ids", new ArrayList<>(byId.keySet())),
                        new ReplaceOptions().upsert(true)));
            }
        });
        // finding documents before the scope documents: see the class comment
        if (!changes.writes.isEmpty()) {
            write(changes.writes);
            auditTrail.record(changes.trail);
        }
        if (!scopeWrites.isEmpty()) {
            mongo.getCollection(FindingDocuments.SCOPES).bulkWrite(scopeWrites, new BulkWriteOptions().ordered(false));
        }
        return new Reconciliation(changes.result(), List.copyOf(changes.changes));
    }

    /** The counts of a reconciliation and each change behind them. */
    record Reconciliation(ReconcileResult result, List<FindingChange> changes) {
    }

    /**
     * Another process may have raised the same finding a moment ago: its insert then fails on the
     * unique {@code _id}, which means the finding is already there, as wanted.
     */
    private void write(List<WriteModel<Document>> writes) {
        try {
            findings().bulkWrite(writes, new BulkWriteOptions().ordered(false));
        } catch (MongoBulkWriteException e) {
            boolean onlyAlreadyRaised = e.getWriteErrors().stream().allMatch(w -> w.getCode() == DUPLICATE_KEY);
            // a write the servers could not confirm (write concern) is an outage, never "already there"
            if (!onlyAlreadyRaised || e.getWriteConcernError() != null) {
                throw e;
            }
        }
    }

    private Map<String, List<String>> priorIds(Set<String> scopes) {
        Map<String, List<String>> ids = new HashMap<>();
        var query = scopes.size() == 1 ? Filters.eq("_id", scopes.iterator().next()) : Filters.in("_id", scopes);
        mongo.getCollection(FindingDocuments.SCOPES).find(query)
                .forEach(doc -> ids.put(doc.getString("_id"), doc.getList("ids", String.class, List.of())));
        return ids;
    }

    MongoCollection<Document> findings() {
        return mongo.getCollection(FindingDocuments.FINDINGS);
    }

    /** The writes one reconciliation needs, and their audit-trail entries. */
    private static final class ScopeChanges {
        private final Instant now;
        private final List<WriteModel<Document>> writes = new ArrayList<>();
        private final List<Document> trail = new ArrayList<>();
        private final List<FindingChange> changes = new ArrayList<>();
        private int raisedCount;
        private int updated;
        private int reopened;
        private int closed;

        ScopeChanges(Instant now) {
            this.now = now;
        }

        void raise(Finding finding, String scope, String casePeriod, Document stored) {
            Document content = FindingDocuments.content(finding, scope);
            if (casePeriod != null) {
                content.append("case_period", casePeriod);
            }
            if (stored == null) {
                Document doc = new Document("_id", finding.id()).append("detected_at", Date.from(finding.detectedAt()));
                doc.putAll(content);
                doc.append("status", FindingStatus.TERBUKA.label()).append("status_reason", null)
                        .append("kondisi", Kondisi.BERLAKU.label()).append("kondisi_reason", null)
                        .append("updated_at", Date.from(now))
                        .append("history", List.of(FindingDocuments.historyEntry(now, SYSTEM_ACTOR, null,
                                FindingStatus.TERBUKA, "ditemukan oleh aturan " + finding.rule())));
                writes.add(new InsertOneModel<>(doc));
                trail.add(AuditTrail.entry(now, SYSTEM_ACTOR, "finding.raised", finding.id(), null,
                        FindingStatus.TERBUKA, finding.rule(), content.getString("tenant")));
                raisedCount++;
                changes.add(change(FindingChange.Kind.RAISED, content));
            } else if (Kondisi.fromLabel(stored.getString("kondisi")) == Kondisi.TIDAK_BERLAKU) {
                // it had stopped holding; now it holds again
                writes.add(kondisi(stored, content, Kondisi.BERLAKU, "berlaku lagi / holds again"));
                reopened++;
                changes.add(change(FindingChange.Kind.REOPENED, content));
            } else if (FindingDocuments.changed(stored, content)) {
                writes.add(new UpdateOneModel<>(Filters.eq("_id", stored.getString("_id")),
                        Updates.combine(setAll(content), Updates.set("updated_at", Date.from(now)))));
                updated++;
                changes.add(change(FindingChange.Kind.UPDATED, content));
            }
        }

        /**
         * The rules no longer raise it: the condition stopped. The follow-up status is the
         * auditor's and stays as it is; the system never settles a follow-up on its own.
         */
        void markNotHolding(Document stored) {
            if (Kondisi.fromLabel(stored.getString("kondisi")) == Kondisi.BERLAKU) {
                writes.add(kondisi(stored, new Document(), Kondisi.TIDAK_BERLAKU,
                        "tidak berlaku lagi setelah data baru / no longer holds after new data"));
                closed++;
                changes.add(change(FindingChange.Kind.CLOSED, stored));
            }
        }

        private UpdateOneModel<Document> kondisi(Document stored, Document content, Kondisi to, String reason) {
            FindingStatus status = FindingStatus.fromLabel(stored.getString("status"));
            Document set = new Document(content).append("kondisi", to.label()).append("kondisi_reason", reason)
                    .append("updated_at", Date.from(now));
            String note = "kondisi: " + to.label() + " — " + reason;
            trail.add(AuditTrail.entry(now, SYSTEM_ACTOR, "finding.kondisi", stored.getString("_id"), status, status,
                    note, stored.getString("tenant")));
            return new UpdateOneModel<>(Filters.eq("_id", stored.getString("_id")), Updates.combine(setAll(set),
                    Updates.push("history", FindingDocuments.historyEntry(now, SYSTEM_ACTOR, status, status, note))));
        }

        private static org.bson.conversions.Bson setAll(Document fields) {
            return Updates.combine(fields.entrySet().stream()
                    .map(e -> Updates.set(e.getKey(), e.getValue())).toList());
        }

        private static FindingChange change(FindingChange.Kind kind, Document finding) {
            return new FindingChange(kind, finding.getString("code"), finding.getString("severity"),
                    finding.getString("unit"), finding.getString("sop_code"));
        }

        ReconcileResult result() {
            return new ReconcileResult(raisedCount, updated, reopened, closed);
        }
    }
}
