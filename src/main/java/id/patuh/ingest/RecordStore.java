package id.patuh.ingest;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import id.patuh.cases.DataKind;
import id.patuh.cases.IngestRecord;
import id.patuh.cases.StoreKeys;
import id.patuh.store.KeyLocks;

/**
 * Where an ingest run keeps records: MongoDB for the service ({@link IngestStore}), memory for
 * the offline audit ({@link MemoryRecordStore}) — one set of idempotency rules for both.
 */
interface RecordStore {

    /**
     * The registry entries of the ids already stored.
     *
     * @param ids {@link StoreKeys#tenantId}s: an id is known only within its own tenant
     */
    Map<String, Registered> registered(DataKind kind, Collection<String> ids);

    /** The stored version of a record, or null. */
    IngestRecord storedRecord(DataKind kind, String id, String documentKey);

    /** The SOP code of each existing case among {@code caseKeys}. */
    Map<String, String> caseSops(Collection<String> caseKeys);

    /**
     * Runs the check and write of one batch so that no other writer of the same keys (registry
     * keys and document keys) runs in between; see {@link KeyLocks}.
     */
    <T> T exclusively(Collection<String> keys, Supplier<T> work);

    /**
     * Stores records: new ones, or (with {@code completions}) completed versions of stored ones.
     *
     * @param hashes content hashes by {@link StoreKeys#tenantId}
     * @return the new records' tenant ids that another writer registered first (a concurrent import in
     *         another process), with that writer's entries; empty when none, and for completions
     */
    Map<String, Registered> write(DataKind kind, List<IngestRecord> records, Map<String, String> hashes,
            boolean completions);

    /** A registry entry: content hash and the key of the document that holds the record. */
    record Registered(String hash, String key) {
    }
}
