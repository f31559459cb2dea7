package id.patuh.ingest;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.bson.Document;
import org.bson.conversions.Bson;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.mongodb.core.MongoTemplate;

import com.mongodb.MongoBulkWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.BulkWriteOptions;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.InsertManyOptions;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.UpdateOneModel;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import com.mongodb.client.model.WriteModel;
import id.patuh.cases.ActivityEvent;
import id.patuh.cases.DataKind;
import id.patuh.cases.DataRequest;
import id.patuh.cases.IndicatorRecord;
import id.patuh.cases.IngestRecord;
import id.patuh.cases.RecordDocuments;
import id.patuh.cases.StoreKeys;
import id.patuh.store.KeyLocks;

/**
 * Batched, idempotent writes of validated records.
 *
 * <p>Order matters for crash safety: the records go into their case/subject documents first
 * (a {@code $set} of a field named after the id, so applying it twice changes nothing), and
 * only then into the id registry. A crash in between leaves records without registry entries;
 * re-sending the file sets them again and registers them: nothing lost, nothing doubled.
 *
 * <p>Concurrent imports: within this process a batch checks and writes under {@link KeyLocks},
 * so a second import of the same ids sees the first one's registry entries. Another process on
 * the same store is not held back by those locks; there the registry's unique {@code _id}
 * decides: an entry that another writer inserted first makes this writer's row a duplicate
 * (same hash) or a conflict (other hash) instead of a second "accepted".
 */
final class IngestStore implements RecordStore {

    private static final Logger log = LoggerFactory.getLogger(IngestStore.class);
    private static final int DUPLICATE_KEY = 11000;

    private final MongoTemplate mongo;
    private final KeyLocks locks = new KeyLocks(KeyLocks.DEFAULT_STRIPES);
    private final RegistryTenantMigration migration;

    IngestStore(MongoTemplate mongo) {
        this.mongo = mongo;
        this.migration = new RegistryTenantMigration(mongo);
    }

    /**
     * Moves registry entries of an older version to their per-tenant keys, once (start-up
     * calls it; the first registry lookup does too, should the store have been away then).
     */
    void migrateRegistry() {
        migration.ensureDone();
    }

    @Override
    public <T> T exclusively(Collection<String> keys, Supplier<T> work) {
        return locks.withLocks(keys, work);
    }

    /** The registry entries of the ids already stored, by {@link StoreKeys#tenantId}. */
    @Override
    public Map<String, Registered> registered(DataKind kind, Collection<String> ids) {
        migration.ensureDone();
        List<String> keys = ids.stream().map(id -> StoreKeys.registryKey(kind, id)).toList();
        Map<String, Registered> known = new HashMap<>();
        String prefix = StoreKeys.registryKey(kind, "");
        registry().find(Filters.in("_id", keys)).projection(Projections.include("hash", "key"))
                .forEach(d -> known.put(d.getString("_id").substring(prefix.length()),
                        new Registered(d.getString("hash"), d.getString("key"))));
        return known;
    }

    /** The stored version of a record, to tell a completion from a conflict. */
    @Override
    public IngestRecord storedRecord(DataKind kind, String id, String documentKey) {
        Document parent = findDocument(StoreKeys.collection(kind), documentKey);
        Document entries = parent == null ? null : parent.get(StoreKeys.entriesField(kind), Document.class);
        Document entry = entries == null ? null : entries.get(StoreKeys.fieldName(id), Document.class);
        if (entry == null) {
            return null;
        }
        return switch (kind) {
            case ACTIVITIES -> RecordDocuments.activity(parent, entry);
            case INDICATORS -> RecordDocuments.indicator(parent, entry);
            case REQUESTS -> RecordDocuments.request(parent, entry);
        };
    }


    /** The SOP code of each existing case among {@code caseKeys}. */
    @Override
    public Map<String, String> caseSops(Collection<String> caseKeys) {
        Map<String, String> sops = new HashMap<>();
        collection(StoreKeys.CASES).find(Filters.in("_id", caseKeys)).projection(Projections.include("sop_code"))
                .forEach(d -> sops.put(d.getString("_id"), d.getString("sop_code")));
        return sops;
    }

    /**
     * Stores records and registers their ids: new ones, or (with {@code completions}) stored
     * ones whose blanks are now filled, whose registry hash is then replaced.
     */
    @Override
    public Map<String, Registered> write(DataKind kind, List<IngestRecord> records, Map<String, String> hashes,
            boolean completions) {
        if (records.isEmpty()) {
            return Map.of();
        }
        Instant now = Instant.now();
        Map<String, List<IngestRecord>> byDocument = new LinkedHashMap<>();
        records.forEach(r -> byDocument.computeIfAbsent(StoreKeys.documentKey(r), k -> new ArrayList<>()).add(r));
        List<WriteModel<Document>> updates = new ArrayList<>();
        byDocument.forEach((key, group) -> updates.add(upsert(kind, key, group, now)));
        collection(StoreKeys.collection(kind))
                .bulkWrite(updates, new BulkWriteOptions().ordered(false));
        if (completions) {
            rehash(kind, records, hashes);
            return Map.of();
        }
        return register(kind, records, hashes, now);
    }

    private void rehash(DataKind kind, List<IngestRecord> records, Map<String, String> hashes) {
        List<WriteModel<Document>> updates = records.stream()
                .<WriteModel<Document>>map(r -> new UpdateOneModel<>(
                        Filters.eq("_id", StoreKeys.registryKey(kind, StoreKeys.tenantId(r))),
                        Updates.set("hash", hashes.get(StoreKeys.tenantId(r)))))
                .toList();
        registry().bulkWrite(updates, new BulkWriteOptions().ordered(false));
    }

    private static UpdateOneModel<Document> upsert(DataKind kind, String key, List<IngestRecord> group, Instant now) {
        IngestRecord first = group.get(0);
        List<Bson> updates = new ArrayList<>();
        updates.add(Updates.setOnInsert("tenant", first.tenant()));
        String field = StoreKeys.entriesField(kind) + ".";
        if (first instanceof ActivityEvent event) {
            updates.add(Updates.setOnInsert("unit", event.unit()));
            updates.add(Updates.setOnInsert("sop_code", event.sopCode()));
            updates.add(Updates.setOnInsert("case_id", event.caseId()));
        } else {
            String[] parts = subjectParts(first);
            updates.add(Updates.setOnInsert("unit", parts[0]));
            updates.add(Updates.setOnInsert("indicator_code", parts[1]));
            updates.add(Updates.setOnInsert("period", parts[2]));
        }
        for (IngestRecord record : group) {
            updates.add(Updates.set(field + StoreKeys.fieldName(record.id()), RecordDocuments.toDocument(record)));
        }
        updates.add(Updates.set("updated_at", Date.from(now)));
        return new UpdateOneModel<>(Filters.eq("_id", key), Updates.combine(updates), new UpdateOptions().upsert(true));
    }

    private static String[] subjectParts(IngestRecord record) {
        if (record instanceof IndicatorRecord r) {
            return new String[] {r.unit(), r.indicatorCode(), r.period()};
        }
        DataRequest q = (DataRequest) record;
        return new String[] {q.unit(), q.indicatorCode(), q.period()};
    }

    /** Inserts the registry entries; returns those another writer inserted first. */
    private Map<String, Registered> register(DataKind kind, List<IngestRecord> records, Map<String, String> hashes,
            Instant now) {
        List<Document> entries = records.stream()
                .map(r -> new Document("_id", StoreKeys.registryKey(kind, StoreKeys.tenantId(r)))
                        .append("tenant", r.tenant())
                        .append("key", StoreKeys.documentKey(r))
                        .append("hash", hashes.get(StoreKeys.tenantId(r)))
                        .append("stored_at", Date.from(now)))
                .toList();
        try {
            registry().insertMany(entries, new InsertManyOptions().ordered(false));
            return Map.of();
        } catch (MongoBulkWriteException e) {
            boolean onlyDuplicates = e.getWriteErrors().stream().allMatch(w -> w.getCode() == DUPLICATE_KEY);
            // a write concern error (w: majority not confirmed) means the entries are not acknowledged
            if (!onlyDuplicates || e.getWriteConcernError() != null) {
                throw e;
            }
            // registered by another writer since this batch read the registry (another process)
            String prefix = StoreKeys.registryKey(kind, "");
            List<String> taken = e.getWriteErrors().stream()
                    .map(w -> entries.get(w.getIndex()).getString("_id").substring(prefix.length())).toList();
            Map<String, Registered> first = registered(kind, taken);
            first.forEach((id, entry) -> {
                if (!entry.hash().equals(hashes.get(id))) {
                    log.warn("Dua versi {} \"{}\" disimpan serentak oleh dua proses; dokumen {} bisa memuat versi "
                            + "yang ditolak / two versions stored at the same moment by two processes; the document "
                            + "may hold the rejected one", kind.idColumn(), id, entry.key());
                }
            });
            return first;
        }
    }

    Document findDocument(String collection, String key) {
        return collection(collection).find(Filters.eq("_id", key)).first();
    }

    MongoCollection<Document> collection(String name) {
        return mongo.getCollection(name);
    }

    private MongoCollection<Document> registry() {
        return collection(StoreKeys.IDS);
    }
}
