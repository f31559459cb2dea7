package id.patuh.audit;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;

import org.bson.Document;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Service;

import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Sorts;

import id.patuh.security.TenantScope;

/** Inserts entries into {@code security_audit}; entries are never updated or deleted. */
@Service
public class SecurityAuditLog {

    static final String COLLECTION = "security_audit";

    private final MongoTemplate mongo;
    private final Clock clock;

    public SecurityAuditLog(MongoTemplate mongo, ObjectProvider<Clock> clock) {
        this.mongo = mongo;
        this.clock = clock.getIfAvailable(Clock::systemUTC);
    }

    public void record(String actor, String action, String tenant, Map<String, Object> detail) {
        mongo.getCollection(COLLECTION).insertOne(new Document("at", Date.from(clock.instant()))
                .append("actor", actor).append("action", action).append("tenant", tenant)
                .append("detail", new Document(detail)));
    }

    /** Newest first; a caller limited to some tenants sees their entries and the tenant-less ones. */
    public List<AuditEntry> recent(TenantScope scope, String action, int limit) {
        List<org.bson.conversions.Bson> filters = new ArrayList<>();
        if (!scope.all()) {
            filters.add(Filters.or(Filters.in("tenant", scope.tenants()), Filters.eq("tenant", null)));
        }
        if (action != null && !action.isBlank()) {
            filters.add(Filters.eq("action", action.strip()));
        }
        List<AuditEntry> entries = new ArrayList<>();
        mongo.getCollection(COLLECTION).find(filters.isEmpty() ? Filters.empty() : Filters.and(filters))
                .sort(Sorts.descending("_id")).limit(Math.max(1, Math.min(limit, 1000)))
                .forEach(d -> entries.add(new AuditEntry(d.getDate("at").toInstant(), d.getString("actor"),
                        d.getString("action"), d.getString("tenant"), d.get("detail", Document.class))));
        return entries;
    }
}
