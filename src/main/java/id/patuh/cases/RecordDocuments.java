package id.patuh.cases;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import org.bson.Document;
import org.bson.types.Decimal128;
import org.springframework.modulith.NamedInterface;

/**
 * Maps records to the BSON stored inside case and subject documents, and back. Published: ingest
 * writes and compares by it, the read model ({@link StoredData}) reads by it — one layout.
 */
@NamedInterface("api")
public final class RecordDocuments {

    private RecordDocuments() {
    }

    public static Document toDocument(IngestRecord record) {
        if (record instanceof ActivityEvent e) {
            return new Document("event_id", e.eventId()).append("sop_code", e.sopCode()).append("unit", e.unit())
                    .append("step_no", e.stepNo()).append("actor_role", e.actorRole()).append("actor_id", e.actorId())
                    .append("started_at", date(e.startedAt())).append("finished_at", date(e.finishedAt()))
                    .append("kelengkapan", e.kelengkapan()).append("output", e.output())
                    .append("decision", e.decision());
        }
        if (record instanceof IndicatorRecord r) {
            return new Document("record_id", r.recordId()).append("indicator_name", r.indicatorName())
                    .append("level", r.level()).append("target_annual", decimal(r.targetAnnual()))
                    .append("target_period", decimal(r.targetPeriod())).append("realization", decimal(r.realization()))
                    .append("direction", r.direction()).append("submitted_by", r.submittedBy())
                    .append("submitted_at", date(r.submittedAt())).append("verified_by", r.verifiedBy())
                    .append("verified_at", date(r.verifiedAt())).append("validated_by", r.validatedBy())
                    .append("validated_at", date(r.validatedAt()));
        }
        DataRequest q = (DataRequest) record;
        return new Document("request_id", q.requestId()).append("case_id", q.caseId())
                .append("due_at", date(q.dueAt()));
    }

    /**
     * The SOP code, unit, role, inputs, output and decision repeat across thousands of events;
     * decoded, each would be a string of its own. Shared, a report that holds a unit's year of
     * events (hundreds of thousands at 1M stored) needs a fraction of the memory.
     */
    public static ActivityEvent activity(Document c, Document e) {
        return new ActivityEvent(e.getString("event_id"), shared(e, "sop_code"), c.getString("case_id"),
                shared(e, "unit"), e.getInteger("step_no"), shared(e, "actor_role"), e.getString("actor_id"),
                instant(e, "started_at"), instant(e, "finished_at"), sharedStrings(e, "kelengkapan"),
                shared(e, "output"), shared(e, "decision"));
    }

    /** The JVM's string pool: entries nobody references any more are collected like other objects. */
    private static String shared(Document d, String key) {
        String value = d.getString(key);
        return value == null ? null : value.intern();
    }

    private static List<String> sharedStrings(Document d, String key) {
        List<?> list = d.get(key, List.class);
        if (list == null || list.isEmpty()) {
            return List.of();
        }
        List<String> result = new ArrayList<>(list.size());
        list.forEach(item -> result.add(String.valueOf(item).intern()));
        return result;
    }

    public static IndicatorRecord indicator(Document s, Document r) {
        return new IndicatorRecord(r.getString("record_id"), s.getString("unit"), s.getString("indicator_code"),
                r.getString("indicator_name"), r.getString("level"), s.getString("period"),
                decimal(r, "target_annual"), decimal(r, "target_period"), decimal(r, "realization"),
                r.getString("direction"), r.getString("submitted_by"), instant(r, "submitted_at"),
                r.getString("verified_by"), instant(r, "verified_at"), r.getString("validated_by"),
                instant(r, "validated_at"));
    }

    public static DataRequest request(Document s, Document q) {
        return new DataRequest(q.getString("request_id"), q.getString("case_id"), s.getString("unit"),
                s.getString("indicator_code"), s.getString("period"), instant(q, "due_at"));
    }

    private static Date date(Instant instant) {
        return instant == null ? null : Date.from(instant);
    }

    private static Decimal128 decimal(BigDecimal value) {
        return value == null ? null : new Decimal128(value);
    }

    private static Instant instant(Document d, String key) {
        Date date = d.getDate(key);
        return date == null ? null : date.toInstant();
    }

    private static BigDecimal decimal(Document d, String key) {
        Object value = d.get(key);
        if (value instanceof Decimal128 decimal) {
            return decimal.bigDecimalValue();
        }
        return value == null ? null : new BigDecimal(value.toString());
    }

    private static List<String> strings(Document d, String key) {
        List<?> list = d.get(key, List.class);
        List<String> result = new ArrayList<>();
        if (list != null) {
            list.forEach(item -> result.add(String.valueOf(item)));
        }
        return result;
    }
}
