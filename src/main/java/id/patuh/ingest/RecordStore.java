package id.patuh.ingest;

import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Where an ingest run keeps records: MongoDB for the service ({@link IngestStore}), memory for
 * the offline audit ({@link MemoryRecordStore}) — one set of idempotency rules for both.
 */
interface RecordStore {

    /** The registry entries of the ids already stored, by id. */
    Map<String, Registered> registered(DataKind kind, Collection<String> ids);

    /** The stored version of a record, or null. */
    IngestRecord storedRecord(DataKind kind, String id, String documentKey);

    /** The SOP code of each existing case among {@code caseKeys}. */
    Map<String, String> caseSops(Collection<String> caseKeys);

    /** Stores records: new ones, or (with {@code completions}) completed versions of stored ones. */
    void write(DataKind kind, List<IngestRecord> records, Map<String, String> hashes, boolean completions);

    /** A registry entry: content hash and the key of the document that holds the record. */
    record Registered(String hash, String key) {
    }
}
