package id.patuh.ingest;

import id.patuh.cases.ActivityEvent;
import id.patuh.cases.DataKind;
import id.patuh.cases.IngestRecord;
import id.patuh.cases.StoreKeys;
import id.patuh.messages.Text;
import id.patuh.security.TenantScope;
import id.patuh.store.StoreOutages;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * One import: read, validate, classify (new, duplicate, conflict) and store in batches. If the
 * store goes away, the import ends with {@link IngestInterrupted} naming what was settled.
 */
final class IngestRun {

    static final int MAX_REPORTED = 10_000;

    private final DataKind kind;
    private final RowReader reader;
    private final RowValidator validator;
    private final RecordStore store;
    private final int batchSize;
    private final long maxRows;
    private final LimitedInputStream body;
    private final IngestListener listener;

    private final RowTally tally;
    private TenantScope scope = TenantScope.ALL;
    private final List<ValidatedRow> batch = new ArrayList<>();
    private long rows;
    private long lastLine;

    IngestRun(DataKind kind, RowReader reader, RowValidator validator, RecordStore store, int batchSize,
            long maxRows, LimitedInputStream body, IngestListener listener) {
        this.kind = kind;
        this.reader = reader;
        this.validator = validator;
        this.store = store;
        this.batchSize = batchSize;
        this.maxRows = maxRows;
        this.body = body;
        this.listener = listener;
        this.tally = new RowTally(kind);
    }

    /** Rows of units outside {@code scope} are refused, each with a row error. */
    IngestRun within(TenantScope tenants) {
        this.scope = tenants;
        return this;
    }

    IngestReport run(String source) {
        try {
            return readAndStore(source);
        } catch (RuntimeException e) {
            if (!StoreOutages.isOutage(e)) {
                throw e;
            }
            throw new IngestInterrupted(tally.settledReport(source), tally.settledLine(), e);
        }
    }

    /** The line of the last row read: after a complete run, every row through it is settled. */
    long lastLine() {
        return lastLine;
    }

    private IngestReport readAndStore(String source) {
        IngestLimitExceeded stopped = null;
        try {
            readAll();
        } catch (IngestLimitExceeded e) {
            stopped = e;
        } catch (RuntimeException e) {
            if (body == null || !body.exceeded()) {
                throw e;
            }
            stopped = LimitedInputStream.tooLarge(body.limit());
        }
        flush();
        if (stopped == null && body != null && body.exceeded()) {
            stopped = LimitedInputStream.tooLarge(body.limit());
        }
        reader.warnings().forEach(tally::warn);
        return tally.report(source, stopped);
    }

    private void readAll() {
        ReadResult item;
        while ((item = reader.next()) != null) {
            if (++rows > maxRows) {
                throw new IngestLimitExceeded(new Text("ingest.limit.rows", maxRows));
            }
            lastLine = item instanceof RowError unreadable ? unreadable.line() : ((SourceRow) item).line();
            if (item instanceof RowError error) {
                tally.reject(error);
            } else {
                ValidatedRow row = validator.validate(kind, (SourceRow) item);
                row.warnings().forEach(tally::warn);
                if (row.accepted() && !scope.allows(row.record().unit())) {
                    tally.reject(reader.located(RowErrors.outOfScope(row, scope)));
                } else if (row.accepted()) {
                    batch.add(row);
                } else {
                    tally.reject(reader.located(RowErrors.merged(row.errors())));
                }
            }
            if (batch.size() >= batchSize) {
                flush();
            }
        }
    }

    private void flush() {
        if (batch.isEmpty()) {
            return;
        }
        Map<String, String> hashes = new HashMap<>();
        Map<String, ValidatedRow> firstById = firstOfEachId(hashes);
        // one import at a time checks and writes these ids and documents (in this process)
        Written written = store.exclusively(lockKeys(firstById.values()), () -> classifyAndWrite(firstById, hashes));
        written.raced().forEach((key, entry) -> classifyKnown(firstById.get(key), entry.hash(), hashes.get(key)));
        tally.accepted(written.fresh().size() - written.raced().size());
        tally.updated(written.completions().size());
        batch.clear();
        // acknowledged by the store: whatever happens next (evaluation, the next batch), this much is stored
        tally.settle(lastLine);
        if (!written.fresh().isEmpty() || !written.completions().isEmpty()) {
            Set<String> keys = new LinkedHashSet<>();
            written.fresh().forEach(r -> keys.add(StoreKeys.documentKey(r)));
            written.completions().forEach(r -> keys.add(StoreKeys.documentKey(r)));
            listener.batchStored(kind, keys);
        }
        listener.progress(rows, tally.accepted(), tally.duplicates(), tally.rejected());
    }

    /**
     * The first row of each id in the batch, by {@link StoreKeys#tenantId} (an id counts within its
     * tenant), its hash into {@code hashes}; later rows of an id are settled here.
     */
    private Map<String, ValidatedRow> firstOfEachId(Map<String, String> hashes) {
        Map<String, ValidatedRow> firstById = new LinkedHashMap<>();
        for (ValidatedRow row : batch) {
            String id = StoreKeys.tenantId(row.record());
            String hash = CanonicalForm.hash(row.record());
            ValidatedRow first = firstById.putIfAbsent(id, row);
            if (first == null) {
                hashes.put(id, hash);
            } else {
                classifyKnown(row, hashes.get(id), hash);
            }
        }
        return firstById;
    }

    /** The registry key and the document key of every row: what a concurrent import must not touch meanwhile. */
    private List<String> lockKeys(Collection<ValidatedRow> rows) {
        List<String> keys = new ArrayList<>(2 * rows.size());
        for (ValidatedRow row : rows) {
            keys.add(StoreKeys.registryKey(kind, StoreKeys.tenantId(row.record())));
            keys.add(StoreKeys.documentKey(row.record()));
        }
        return keys;
    }

    private Written classifyAndWrite(Map<String, ValidatedRow> firstById, Map<String, String> hashes) {
        List<IngestRecord> completions = new ArrayList<>();
        List<IngestRecord> fresh = newRecords(firstById, hashes, completions);
        Map<String, RecordStore.Registered> raced = store.write(kind, fresh, hashes, false);
        store.write(kind, completions, hashes, true);
        return new Written(fresh, completions, raced);
    }

    private List<IngestRecord> newRecords(Map<String, ValidatedRow> firstById, Map<String, String> hashes,
            List<IngestRecord> completions) {
        Map<String, RecordStore.Registered> known = store.registered(kind, firstById.keySet());
        CaseOwnership cases = kind == DataKind.ACTIVITIES
                ? new CaseOwnership(store.caseSops(firstById.values().stream()
                        .map(r -> StoreKeys.documentKey(r.record())).collect(Collectors.toSet())))
                : null;
        List<IngestRecord> fresh = new ArrayList<>();
        for (ValidatedRow row : firstById.values()) {
            String id = StoreKeys.tenantId(row.record());
            RecordStore.Registered registered = known.get(id);
            if (registered != null && !registered.hash().equals(hashes.get(id)) && completes(row, registered)) {
                completions.add(row.record());
            } else if (registered != null) {
                classifyKnown(row, registered.hash(), hashes.get(id));
            } else if (cases != null && !cases.accepts((ActivityEvent) row.record())) {
                tally.reject(cases.conflict(row));
            } else {
                fresh.add(row.record());
            }
        }
        return fresh;
    }

    private boolean completes(ValidatedRow row, RecordStore.Registered registered) {
        IngestRecord stored = store.storedRecord(kind, row.record().id(), registered.key());
        return stored != null && CanonicalForm.fillsBlanksOf(row.record(), stored);
    }

    private void classifyKnown(ValidatedRow row, String storedHash, String hash) {
        if (storedHash.equals(hash)) {
            tally.duplicate();
        } else {
            tally.reject(RowErrors.conflict(kind, row));
        }
    }

    /**
     * One written batch: new rows, completed rows, and the new rows another writer registered
     * first ({@link RecordStore#write}), which are not counted as accepted.
     */
    private record Written(List<IngestRecord> fresh, List<IngestRecord> completions,
            Map<String, RecordStore.Registered> raced) {
    }
}
