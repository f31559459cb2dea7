package id.patuh.cases;

import org.springframework.modulith.NamedInterface;

/**
 * Document keys. Every hot path is an {@code _id} lookup, because the embedded store has no
 * secondary indexes (and on a real cluster {@code _id} is the natural shard key too):
 * a case document holds all events of one case, a subject document all records and requests
 * of one (unit, indicator, period), and the id registry answers "seen this id before?".
 * Published: ingest writes by these keys, the read model ({@link StoredCases}) reads by them.
 */
@NamedInterface("api")
public final class StoreKeys {

    public static final String CASES = "cases";
    public static final String SUBJECTS = "subjects";
    public static final String IDS = "ingest_ids";

    private StoreKeys() {
    }

    /** The tenant of a unit code: the code up to its first "/". */
    public static String tenantOf(String unit) {
        int slash = unit.indexOf('/');
        return slash < 0 ? unit : unit.substring(0, slash);
    }

    /** {@code tenant|case_id}: the tenant has no "|", so the key is unambiguous. */
    public static String caseKey(String tenant, String caseId) {
        return tenant + "|" + caseId;
    }

    /** {@code unit|indicator|period}: neither unit nor period can hold "|". */
    public static String subjectKey(String unit, String indicatorCode, String period) {
        return unit + "|" + indicatorCode + "|" + period;
    }

    /** The collection whose documents hold rows of {@code kind}. */
    public static String collection(DataKind kind) {
        return kind == DataKind.ACTIVITIES ? CASES : SUBJECTS;
    }

    /** The map inside those documents that holds the rows, keyed by {@link #fieldName}. */
    public static String entriesField(DataKind kind) {
        return switch (kind) {
            case ACTIVITIES -> "events";
            case INDICATORS -> "records";
            case REQUESTS -> "requests";
        };
    }

    /**
     * {@code activities:<tenant>|<event_id>} (and {@code indicators:}, {@code requests:}): ids are
     * unique within a tenant only, so one tenant's ids neither collide with nor reveal another's.
     *
     * @param tenantId {@link #tenantId}
     */
    public static String registryKey(DataKind kind, String tenantId) {
        return kind.name().toLowerCase(java.util.Locale.ROOT) + ":" + tenantId;
    }

    /** {@code tenant|id}: a row's id within its tenant; the tenant has no "|", the id may. */
    public static String tenantId(IngestRecord record) {
        return tenantId(record.tenant(), record.id());
    }

    public static String tenantId(String tenant, String id) {
        return tenant + "|" + id;
    }

    /**
     * The tenant of a case or subject document key: {@code tenant|case_id} or
     * {@code unit|indicator|period}, where the unit begins with the tenant and a "/".
     */
    public static String tenantOfDocument(String documentKey) {
        int end = documentKey.length();
        int bar = documentKey.indexOf('|');
        int slash = documentKey.indexOf('/');
        if (bar >= 0) {
            end = bar;
        }
        if (slash >= 0 && slash < end) {
            end = slash;
        }
        return documentKey.substring(0, end);
    }

    /** Ids become field names inside a document: "." and "$" are not allowed there. */
    public static String fieldName(String id) {
        return id.replace("%", "%25").replace(".", "%2E").replace("$", "%24");
    }

    public static String documentKey(IngestRecord record) {
        if (record instanceof ActivityEvent event) {
            return caseKey(event.tenant(), event.caseId());
        }
        if (record instanceof IndicatorRecord indicator) {
            return subjectKey(indicator.unit(), indicator.indicatorCode(), indicator.period());
        }
        DataRequest request = (DataRequest) record;
        return subjectKey(request.unit(), request.indicatorCode(), request.period());
    }
}
