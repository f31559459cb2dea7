package id.patuh.ingest;

import java.io.InputStream;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Service;

import id.patuh.calendar.CalendarService;
import id.patuh.catalog.CatalogService;
import id.patuh.security.CallerScope;
import id.patuh.security.TenantScope;

/** The ingest façade: imports files and reads stored cases and subjects back. */
@Service
public class IngestService {

    private final IngestStore store;
    private final StoredData stored;
    private final RowValidator validator;
    private final IngestProperties limits;
    private final ApplicationEventPublisher events;
    private final ImportHistory history;

    public IngestService(MongoTemplate mongo, CatalogService catalog, CalendarService calendars,
            IngestProperties limits, ApplicationEventPublisher events) {
        this.store = new IngestStore(mongo);
        this.stored = new StoredData(store);
        this.validator = new RowValidator(catalog.catalog(), unit -> calendars.forUnit(unit).zone(), limits);
        this.limits = limits;
        this.events = events;
        this.history = new ImportHistory(mongo);
    }

    /**
     * Imports one body of an HTTP request, within the configured request-size and row limits.
     * Never throws for bad rows: they are in the report. Publishes an {@link IngestedBatch}
     * after each stored batch.
     *
     * @param source name shown in the report (the API path)
     */
    public IngestReport ingestRequest(DataKind kind, InputFormat format, InputStream body, String source,
            TenantScope scope) {
        IngestReport report = ingest(kind, format, body, source, IngestListener.NONE,
                limits.maxRequestSize().toBytes(), limits.maxRows(), scope);
        history.record(report, CallerScope.currentName(), java.time.Instant.now());
        return report;
    }

    /**
     * Past API imports, newest first: a caller limited to some tenants sees only its own
     * imports (an operator reads its rejections again); an all-tenant caller sees everyone's.
     */
    public List<ImportRecord> recentImports(TenantScope scope, int limit) {
        return history.recent(scope.all() ? null : CallerScope.currentName(), limit);
    }

    /** Imports a whole file (command line): no size or row limit, memory stays bounded anyway. */
    public IngestReport ingest(DataKind kind, InputFormat format, InputStream body, String source,
            IngestListener listener) {
        return ingest(kind, format, body, source, listener, Long.MAX_VALUE, Long.MAX_VALUE, TenantScope.ALL);
    }

    private IngestReport ingest(DataKind kind, InputFormat format, InputStream body, String source,
            IngestListener listener, long maxBytes, long maxRows, TenantScope scope) {
        LimitedInputStream limited = new LimitedInputStream(body, maxBytes);
        IngestListener publishing = new IngestListener() {
            @Override
            public void batchStored(DataKind k, java.util.Set<String> keys) {
                events.publishEvent(new IngestedBatch(k, keys));
                listener.batchStored(k, keys);
            }

            @Override
            public void progress(long rows, long accepted, long duplicates, long rejected) {
                listener.progress(rows, accepted, duplicates, rejected);
            }
        };
        try (RowReader reader = RowReaders.open(kind, format, limited, limits)) {
            IngestReport report = new IngestRun(kind, reader, validator, store, limits.batchSize(), maxRows,
                    limited, publishing).within(scope).run(source);
            events.publishEvent(new IngestCompleted(report));
            return report;
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    public IngestProperties limits() {
        return limits;
    }

    public Optional<CaseData> findCase(String caseKey) {
        return stored.findCase(caseKey);
    }

    public Optional<SubjectData> findSubject(String subjectKey) {
        return stored.findSubject(subjectKey);
    }

    /** Every stored case, streamed (reports, metrics); a full scan, so not for hot paths. */
    public void forEachCase(Consumer<CaseData> action) {
        stored.forEachCase(action);
    }

    /** The cases of one tenant, streamed: every key is scanned, only the tenant's documents are read. */
    public void forEachCaseOf(String tenant, Consumer<CaseData> action) {
        stored.forEachCaseOf(tenant, action);
    }

    /** The indicator subjects of one tenant and its sub-units, streamed. */
    public void forEachSubjectOf(String tenant, Consumer<SubjectData> action) {
        stored.forEachSubjectOf(tenant, action);
    }

    /** Every stored indicator subject, streamed; a full scan. */
    public void forEachSubject(Consumer<SubjectData> action) {
        stored.forEachSubject(action);
    }

    public void forEachCaseKey(Consumer<String> action) {
        stored.forEachKey(StoreKeys.CASES, action);
    }

    public void forEachSubjectKey(Consumer<String> action) {
        stored.forEachKey(StoreKeys.SUBJECTS, action);
    }
}
