package id.patuh.findings;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import org.bson.conversions.Bson;

import com.mongodb.client.model.Filters;

import id.patuh.security.TenantScope;

/**
 * Filter of the findings list. Every value is compared as a whole value with {@code $eq};
 * nothing from a request is ever parsed as a query.
 *
 * @param detectedBefore only findings first raised before this instant (the console's "older than
 *                       N days"); null for any age
 */
public record FindingFilter(String unit, String sopCode, String code, String severity, FindingStatus status,
        String period, String tenant, String caseId, Instant detectedBefore) {

    public static final FindingFilter ALL = new FindingFilter(null, null, null, null, null, null, null, null);

    /** A filter of any age. */
    public FindingFilter(String unit, String sopCode, String code, String severity, FindingStatus status,
            String period, String tenant, String caseId) {
        this(unit, sopCode, code, severity, status, period, tenant, caseId, null);
    }

    Bson toBson() {
        return toBson(TenantScope.ALL);
    }

    /** The filter, narrowed to the tenants the caller may see. */
    Bson toBson(TenantScope scope) {
        List<Bson> parts = new ArrayList<>();
        if (!scope.all()) {
            parts.add(Filters.in("tenant", scope.tenants()));
        }
        if (unit != null && !unit.isBlank()) {
            // a kecamatan's filter also shows the findings of its sub-units (kec-x/kasi-y)
            parts.add(Filters.or(Filters.eq("unit", unit.strip()), Filters.eq("tenant", unit.strip())));
        }
        add(parts, "sop_code", sopCode);
        add(parts, "code", code);
        add(parts, "severity", severity);
        add(parts, "status", status == null ? null : status.label());
        add(parts, "period", period);
        add(parts, "tenant", tenant);
        add(parts, "case_id", caseId);
        if (detectedBefore != null) {
            parts.add(Filters.lt("detected_at", Date.from(detectedBefore)));
        }
        return parts.isEmpty() ? Filters.empty() : Filters.and(parts);
    }

    private static void add(List<Bson> parts, String field, String value) {
        if (value != null && !value.isBlank()) {
            parts.add(Filters.eq(field, value.strip()));
        }
    }
}
