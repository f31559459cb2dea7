package id.patuh.findings;

import java.time.Instant;
import java.util.Date;
import java.util.List;

import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * The append-only audit trail of finding changes: entries are inserted, never updated or
 * deleted, and carry their own ObjectId (time-ordered).
 */
final class AuditTrail {

    private final MongoTemplate mongo;

    AuditTrail(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    void record(List<Document> entries) {
        if (!entries.isEmpty()) {
            mongo.getCollection(FindingDocuments.AUDIT_TRAIL).insertMany(entries);
        }
    }

    static Document entry(Instant at, String actor, String action, String findingId, FindingStatus from,
            FindingStatus to, String note, String tenant) {
        return new Document("at", Date.from(at)).append("actor", actor).append("action", action)
                .append("finding_id", findingId).append("from", from == null ? null : from.label())
                .append("to", to.label()).append("note", note).append("tenant", tenant);
    }
}
