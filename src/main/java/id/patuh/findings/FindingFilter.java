package id.patuh.findings;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import org.bson.conversions.Bson;

import com.mongodb.client.model.Filters;

import id.patuh.errors.Refusal;
import id.patuh.messages.Text;
import id.patuh.security.TenantScope;

/**
 * Filter of the findings list. Every value is compared as a whole value with {@code $eq};
 * nothing from a request is ever parsed as a query.
 *
 * @param detectedBefore only findings first raised before this instant (the console's "older than
 *                       N days"); null for any age
 * @param overdue        only audit items past their due date whose follow-up is still owed
 */
public record FindingFilter(String unit, String sopCode, String code, String severity, FindingStatus status,
        String period, String tenant, String caseId, Instant detectedBefore, boolean overdue) {

    public static final FindingFilter ALL = new FindingFilter(null, null, null, null, null, null, null, null);

    /** A filter of any age. */
    public FindingFilter(String unit, String sopCode, String code, String severity, FindingStatus status,
            String period, String tenant, String caseId) {
        this(unit, sopCode, code, severity, status, period, tenant, caseId, null, false);
    }

    /** A filter of any follow-up timeliness. */
    public FindingFilter(String unit, String sopCode, String code, String severity, FindingStatus status,
            String period, String tenant, String caseId, Instant detectedBefore) {
        this(unit, sopCode, code, severity, status, period, tenant, caseId, detectedBefore, false);
    }

    /**
     * The list's filters as the API takes them; an unknown status is refused (400) in both
     * languages rather than ignored, so a typo never silently widens a list or an export.
     */
    public static FindingFilter ofRequest(String unit, String sop, String code, String severity, String status,
            String period, String caseId, boolean overdue) {
        FindingStatus wanted = null;
        if (status != null && !status.isBlank()) {
            try {
                wanted = FindingStatus.fromLabel(status);
            } catch (IllegalArgumentException e) {
                throw new FindingTransitionException(Refusal.INVALID, new Text("findings.refused.unknownStatus",
                        status, java.util.Arrays.stream(FindingStatus.values()).map(FindingStatus::label).toList()));
            }
        }
        return new FindingFilter(unit, sop, code, severity, wanted, period, null, caseId, null, overdue);
    }

    FindingFilter withStatus(FindingStatus wanted) {
        return new FindingFilter(unit, sopCode, code, severity, wanted, period, tenant, caseId, detectedBefore,
                overdue);
    }

    /** Whether any criterion is set (a bulk action over "everything" is refused). */
    public boolean narrows() {
        return overdue || detectedBefore != null || status != null || java.util.stream.Stream.of(unit, sopCode,
                code, severity, period, tenant, caseId).anyMatch(v -> v != null && !v.isBlank());
    }

    /**
     * The filter, narrowed to the tenants the caller may see; {@code today} is the inspektorat's
     * date, against which due dates are overdue.
     */
    Bson toBson(TenantScope scope, LocalDate today) {
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
        if (period != null && !period.isBlank()) {
            // a step finding has no period of its own: it belongs to its case's quarter
            parts.add(Filters.or(Filters.eq("period", period.strip()), Filters.eq("case_period", period.strip())));
        }
        add(parts, "tenant", tenant);
        add(parts, "case_id", caseId);
        if (overdue) {
            // ISO dates compare as strings: stored "2026-10-31" < today "2026-11-01"
            parts.add(Filters.in("status", FindingStatus.BELUM_DITINDAKLANJUTI.label(),
                    FindingStatus.DALAM_PROSES.label()));
            parts.add(Filters.ne("tindak_lanjut.batas_waktu", null));
            parts.add(Filters.lt("tindak_lanjut.batas_waktu", today.toString()));
        }
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
