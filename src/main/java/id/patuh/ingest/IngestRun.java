package id.patuh.ingest;

import id.patuh.security.TenantScope;
import id.patuh.store.StoreOutages;

import java.util.ArrayList;
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

    private TenantScope scope = TenantScope.ALL;
    private final List<ValidatedRow> batch = new ArrayList<>();
    private final List<RowError> errors = new ArrayList<>();
    private final List<RowWarning> warnings = new ArrayList<>();
    private long rows;
    private long accepted;
    private long updated;
    private long duplicates;
    private long rejected;
    private long lastLine;
    private Settled settled = Settled.NOTHING;

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
            throw new IngestInterrupted(settled.report(kind.name().toLowerCase(), source, errors), settled.line(), e);
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
        reader.warnings().forEach(this::warn);
        return new IngestReport(kind.name().toLowerCase(), source, accepted, updated, duplicates, rejected,
                List.copyOf(errors),
                rejected > errors.size(), List.copyOf(warnings), stopped == null ? null : stopped.getMessage(),
                stopped == null ? null : stopped.reasonEn());
    }

    private void readAll() {
        ReadResult item;
        while ((item = reader.next()) != null) {
            if (++rows > maxRows) {
                throw new IngestLimitExceeded("Jumlah baris melebihi batas " + maxRows
                        + "; baris sebelum batas tersimpan", "More rows than the limit of " + maxRows
                        + "; rows before the limit were stored");
            }
            lastLine = item instanceof RowError unreadable ? unreadable.line() : ((SourceRow) item).line();
            if (item instanceof RowError error) {
                reject(error);
            } else {
                ValidatedRow row = validator.validate(kind, (SourceRow) item);
                row.warnings().forEach(this::warn);
                if (row.accepted() && !scope.allows(row.record().unit())) {
                    reject(outOfScope(row));
                } else if (row.accepted()) {
                    batch.add(row);
                } else {
                    reject(merge(row.errors()));
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
        Map<String, ValidatedRow> firstById = new LinkedHashMap<>();
        for (ValidatedRow row : batch) {
            String id = row.record().id();
            String hash = CanonicalForm.hash(row.record());
            ValidatedRow first = firstById.putIfAbsent(id, row);
            if (first == null) {
                hashes.put(id, hash);
            } else {
                classifyKnown(row, hashes.get(id), hash);
            }
        }
        List<IngestRecord> completions = new ArrayList<>();
        List<IngestRecord> fresh = newRecords(firstById, hashes, completions);
        store.write(kind, fresh, hashes, false);
        store.write(kind, completions, hashes, true);
        accepted += fresh.size();
        updated += completions.size();
        batch.clear();
        // acknowledged by the store: whatever happens next (evaluation, the next batch), this much is stored
        settled = new Settled(lastLine, accepted, updated, duplicates, rejected, errors.size());
        if (!fresh.isEmpty() || !completions.isEmpty()) {
            Set<String> keys = new LinkedHashSet<>();
            fresh.forEach(r -> keys.add(StoreKeys.documentKey(r)));
            completions.forEach(r -> keys.add(StoreKeys.documentKey(r)));
            listener.batchStored(kind, keys);
        }
        listener.progress(rows, accepted, duplicates, rejected);
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
            String id = row.record().id();
            RecordStore.Registered registered = known.get(id);
            if (registered != null && !registered.hash().equals(hashes.get(id)) && completes(row, registered)) {
                completions.add(row.record());
            } else if (registered != null) {
                classifyKnown(row, registered.hash(), hashes.get(id));
            } else if (cases != null && !cases.accepts((ActivityEvent) row.record())) {
                reject(cases.conflict(row));
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
            duplicates++;
            return;
        }
        String id = row.record().id();
        reject(new RowError(row.line(), id, kind.idColumn(),
                kind.idColumn() + " \"" + id + "\" sudah tersimpan dengan isi berbeda (konflik); "
                        + "gunakan id baru untuk data baru",
                kind.idColumn() + " \"" + id + "\" is already stored with different content (conflict); "
                        + "use a new id for new data"));
    }

    private RowError outOfScope(ValidatedRow row) {
        String unit = row.record().unit();
        return new RowError(row.line(), row.record().id(), "unit", "unit \"" + unit
                + "\" bukan wewenang Anda; Anda hanya boleh mengirim data untuk " + scope.tenants(),
                "unit \"" + unit + "\" is not yours; you may only send data for " + scope.tenants());
    }

    private static RowError merge(List<RowError> rowErrors) {
        RowError first = rowErrors.get(0);
        if (rowErrors.size() == 1) {
            return first;
        }
        return new RowError(first.line(), first.id(), first.field(),
                rowErrors.stream().map(RowError::reason).collect(Collectors.joining("; ")),
                rowErrors.stream().map(RowError::reasonEn).collect(Collectors.joining("; ")));
    }

    private void reject(RowError error) {
        rejected++;
        if (errors.size() < MAX_REPORTED) {
            errors.add(error);
        }
    }

    private void warn(RowWarning warning) {
        if (warnings.size() < MAX_REPORTED) {
            warnings.add(warning);
        }
    }

    /** The counts of the last batch the store acknowledged, and the last line read then. */
    private record Settled(long line, long accepted, long updated, long duplicates, long rejected, int errors) {

        static final Settled NOTHING = new Settled(0, 0, 0, 0, 0, 0);

        IngestReport report(String kind, String source, List<RowError> allErrors) {
            List<RowError> settledErrors = List.copyOf(allErrors.subList(0, errors));
            return new IngestReport(kind, source, accepted, updated, duplicates, rejected, settledErrors,
                    rejected > settledErrors.size(), List.of(), null, null);
        }
    }

    /** A case belongs to one SOP: the first event stored for it decides which. */
    private static final class CaseOwnership {
        private final Map<String, String> sopOfCase;

        CaseOwnership(Map<String, String> stored) {
            this.sopOfCase = new HashMap<>(stored);
        }

        boolean accepts(ActivityEvent event) {
            String owner = sopOfCase.putIfAbsent(StoreKeys.documentKey(event), event.sopCode());
            return owner == null || owner.equals(event.sopCode());
        }

        RowError conflict(ValidatedRow row) {
            ActivityEvent event = (ActivityEvent) row.record();
            String owner = sopOfCase.get(StoreKeys.documentKey(event));
            return new RowError(row.line(), event.eventId(), "sop_code", "case_id \"" + event.caseId()
                    + "\" sudah tercatat untuk SOP " + owner + ", bukan " + event.sopCode(), "case_id \""
                    + event.caseId() + "\" is already recorded for SOP " + owner + ", not " + event.sopCode());
        }
    }
}
