package id.patuh.audit;

import java.time.Instant;
import java.util.Map;

/** One logged action. {@code tenant} is null for actions that concern no single tenant. */
public record AuditEntry(Instant at, String actor, String action, String tenant, Map<String, Object> detail) {
}
