package id.patuh.cases;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Projections;

/** Reads case and subject documents back as records, for evaluation and reports. */
final class StoredData {

    private static final int DOCUMENT_BATCH = 200;

    private final MongoTemplate mongo;

    StoredData(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    Optional<CaseData> findCase(String key) {
        return Optional.ofNullable(collection(StoreKeys.CASES).find(Filters.eq("_id", key)).first()).map(StoredData::caseData);
    }

    private static CaseData caseData(Document c) {
        String key = c.getString("_id");
        List<ActivityEvent> events = new ArrayList<>();
        values(c, StoreKeys.entriesField(DataKind.ACTIVITIES)).forEach(e -> events.add(RecordDocuments.activity(c, e)));
        events.sort(Comparator.comparing(ActivityEvent::startedAt).thenComparing(ActivityEvent::stepNo)
                .thenComparing(ActivityEvent::eventId));
        return new CaseData(key, c.getString("tenant"), c.getString("unit"), c.getString("sop_code"),
                c.getString("case_id"), events);
    }

    Optional<SubjectData> findSubject(String key) {
        return Optional.ofNullable(collection(StoreKeys.SUBJECTS).find(Filters.eq("_id", key)).first()).map(StoredData::subjectData);
    }

    private static SubjectData subjectData(Document s) {
        String key = s.getString("_id");
        List<IndicatorRecord> records = new ArrayList<>();
        values(s, StoreKeys.entriesField(DataKind.INDICATORS)).forEach(r -> records.add(RecordDocuments.indicator(s, r)));
        records.sort(Comparator.comparing(IndicatorRecord::recordId));
        List<DataRequest> requests = new ArrayList<>();
        values(s, StoreKeys.entriesField(DataKind.REQUESTS)).forEach(q -> requests.add(RecordDocuments.request(s, q)));
        requests.sort(Comparator.comparing(DataRequest::requestId));
        return new SubjectData(key, s.getString("tenant"), s.getString("unit"),
                s.getString("indicator_code"), s.getString("period"), records, requests);
    }

    /** Every case, streamed; memory holds one batch of documents at a time. */
    void forEachCase(Consumer<CaseData> action) {
        forEachDocument(StoreKeys.CASES, key -> true, c -> action.accept(caseData(c)));
    }

    /** Every subject, streamed. */
    void forEachSubject(Consumer<SubjectData> action) {
        forEachDocument(StoreKeys.SUBJECTS, key -> true, s -> action.accept(subjectData(s)));
    }

    /** The cases of one tenant: only their documents are read (keys start with the tenant). */
    void forEachCaseOf(String tenant, Consumer<CaseData> action) {
        forEachDocument(StoreKeys.CASES, key -> key.startsWith(tenant + "|"), c -> action.accept(caseData(c)));
    }

    /** The subjects of one tenant and its sub-units. */
    void forEachSubjectOf(String tenant, Consumer<SubjectData> action) {
        forEachDocument(StoreKeys.SUBJECTS, key -> key.startsWith(tenant + "|") || key.startsWith(tenant + "/"),
                s -> action.accept(subjectData(s)));
    }

    /**
     * Keys first, then the documents a batch of keys at a time by {@code _id}: the embedded
     * server builds a query's whole answer in memory before it sends the first batch, so one
     * scan of whole documents would hold the collection in the heap.
     */
    private void forEachDocument(String collection, java.util.function.Predicate<String> wanted,
            Consumer<Document> action) {
        List<String> keys = new ArrayList<>(DOCUMENT_BATCH);
        forEachKey(collection, key -> {
            if (!wanted.test(key)) {
                return;
            }
            keys.add(key);
            if (keys.size() == DOCUMENT_BATCH) {
                fetch(collection, keys, action);
                keys.clear();
            }
        });
        fetch(collection, keys, action);
    }

    private void fetch(String collection, List<String> keys, Consumer<Document> action) {
        if (!keys.isEmpty()) {
            collection(collection).find(Filters.in("_id", keys)).forEach(action);
        }
    }

    /** Every key of a collection, streamed (for sweeps); only {@code _id} is read. */
    void forEachKey(String collection, Consumer<String> action) {
        collection(collection).find().projection(Projections.include("_id")).batchSize(1000)
                .forEach(d -> action.accept(d.getString("_id")));
    }

    private MongoCollection<Document> collection(String name) {
        return mongo.getCollection(name);
    }

    private static List<Document> values(Document parent, String field) {
        Document map = parent.get(field, Document.class);
        List<Document> result = new ArrayList<>();
        if (map != null) {
            for (Map.Entry<String, Object> entry : map.entrySet()) {
                result.add((Document) entry.getValue());
            }
        }
        return result;
    }
}
