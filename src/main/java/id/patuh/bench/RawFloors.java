package id.patuh.bench;

import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.InsertManyOptions;

/** What the store itself can do with the same data, with no patuh logic in between. */
final class RawFloors {

    static final String SCRATCH = "bench_raw_events";
    private static final int BATCH = 1000;

    private RawFloors() {
    }

    /** The driver's {@code insertMany} of one typed document per event, in batches like ingest's. */
    static Void insertMany(MongoTemplate mongo, Path csv) throws Exception {
        MongoCollection<Document> scratch = mongo.getCollection(SCRATCH);
        scratch.drop();
        try (Reader in = Files.newBufferedReader(csv)) {
            List<Document> batch = new ArrayList<>(BATCH);
            for (CSVRecord row : CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(in)) {
                batch.add(document(row));
                if (batch.size() == BATCH) {
                    scratch.insertMany(batch, new InsertManyOptions().ordered(false));
                    batch = new ArrayList<>(BATCH);
                }
            }
            if (!batch.isEmpty()) {
                scratch.insertMany(batch, new InsertManyOptions().ordered(false));
            }
        }
        scratch.drop();
        return null;
    }

    private static Document document(CSVRecord row) {
        return new Document("_id", row.get("event_id")).append("sop_code", row.get("sop_code"))
                .append("case_id", row.get("case_id")).append("unit", row.get("unit"))
                .append("step_no", Integer.parseInt(row.get("step_no"))).append("actor_role", row.get("actor_role"))
                .append("started_at", date(row.get("started_at"))).append("finished_at", date(row.get("finished_at")))
                .append("kelengkapan", List.of(row.get("kelengkapan").split(";"))).append("output", row.get("output"))
                .append("decision", row.get("decision"));
    }

    private static Date date(String text) {
        return text == null || text.isBlank() ? null : Date.from(OffsetDateTime.parse(text).toInstant());
    }

    /**
     * Every document of a collection read and decoded, the way a bounded-memory reader must read
     * them from the embedded server (which answers a query whole, in memory): keys first, then
     * the documents by {@code _id} in batches. What a sweep has to read at least.
     */
    static long readAll(MongoTemplate mongo, String collection) {
        MongoCollection<Document> documents = mongo.getCollection(collection);
        List<Object> keys = new ArrayList<>(BATCH);
        long count = 0;
        for (Document key : documents.find().projection(new Document("_id", 1)).batchSize(BATCH)) {
            keys.add(key.get("_id"));
            if (keys.size() == 200) {
                count += fetch(documents, keys);
            }
        }
        return count + fetch(documents, keys);
    }

    private static long fetch(MongoCollection<Document> documents, List<Object> keys) {
        long count = 0;
        if (!keys.isEmpty()) {
            for (Document ignored : documents.find(com.mongodb.client.model.Filters.in("_id", keys))) {
                count++;
            }
            keys.clear();
        }
        return count;
    }
}
