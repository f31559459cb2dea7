package id.patuh.ingest;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Sorts;

/**
 * The reports of past API imports, so an operator can read its rejections again later
 * ({@code GET /api/imports}). Only inserted; each keeps at most the report's capped errors. An
 * import cut short by a store outage is kept too, with status {@code interrupted}.
 */
final class ImportHistory {

    static final String COLLECTION = "import_reports";

    private final MongoTemplate mongo;
    private final ObjectMapper json = new ObjectMapper();

    ImportHistory(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    void record(IngestReport report, String actor, Instant at, ImportStatus status) {
        Document doc = Document.parse(toJson(report)).append("actor", actor).append("at", Date.from(at))
                .append("status", status.label());
        mongo.getCollection(COLLECTION).insertOne(doc);
    }

    /** Newest first; {@code actor} null means everyone's. */
    List<ImportRecord> recent(String actor, int limit) {
        List<ImportRecord> records = new ArrayList<>();
        mongo.getCollection(COLLECTION).find(actor == null ? Filters.empty() : Filters.eq("actor", actor))
                .sort(Sorts.descending("_id")).limit(Math.max(1, Math.min(limit, 200)))
                .forEach(d -> records.add(new ImportRecord(d.getDate("at").toInstant(), d.getString("actor"),
                        fromJson(d), ImportStatus.ofLabel(d.getString("status")))));
        return records;
    }

    /** The import recorded with this {@code source} (a console upload's is unique to it). */
    java.util.Optional<ImportRecord> bySource(String source) {
        Document d = mongo.getCollection(COLLECTION).find(Filters.eq("source", source))
                .sort(Sorts.descending("_id")).first();
        return java.util.Optional.ofNullable(d).map(doc -> new ImportRecord(doc.getDate("at").toInstant(),
                doc.getString("actor"), fromJson(doc), ImportStatus.ofLabel(doc.getString("status"))));
    }

    private String toJson(IngestReport report) {
        try {
            return json.writeValueAsString(report);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private IngestReport fromJson(Document d) {
        Document copy = new Document(d);
        copy.remove("_id");
        copy.remove("actor");
        copy.remove("at");
        copy.remove("status");
        try {
            return json.readValue(copy.toJson(), IngestReport.class);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
