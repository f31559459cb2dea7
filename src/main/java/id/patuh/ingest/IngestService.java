package id.patuh.ingest;

import java.io.InputStream;
import java.util.List;
import java.util.Optional;

import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;

import id.patuh.calendar.CalendarService;
import id.patuh.cases.DataKind;
import id.patuh.cases.IngestRecord;
import id.patuh.cases.StoreKeys;
import id.patuh.catalog.CatalogReloaded;
import id.patuh.catalog.CatalogService;
import id.patuh.security.CallerScope;
import id.patuh.security.TenantScope;
import id.patuh.store.StoreOutages;
import jakarta.annotation.PreDestroy;

/** The ingest façade: imports files, stores their rows and publishes what it stored; reading back is {@link id.patuh.cases.StoredCases}. */
@Service
@NamedInterface("api")
public class IngestService {

    private final IngestStore store;
    private final RowValidator validator;
    private final IngestProperties limits;
    private final ApplicationEventPublisher events;
    private final ImportHistory history;
    private final InterruptedImports interrupted;

    public IngestService(MongoTemplate mongo, CatalogService catalog, CalendarService calendars,
            IngestProperties limits, ApplicationEventPublisher events) {
        this.store = new IngestStore(mongo);
        migrateRegistry(store);
        this.validator = new RowValidator(catalog.catalog(), unit -> calendars.forUnit(unit).zone(), limits);
        this.limits = limits;
        this.events = events;
        this.history = new ImportHistory(mongo);
        this.interrupted = new InterruptedImports(events, history);
    }

    /** At start-up; a store that is away now is not fatal: the first import runs the move instead. */
    private static void migrateRegistry(IngestStore store) {
        try {
            store.migrateRegistry();
        } catch (RuntimeException e) {
            if (!StoreOutages.isOutage(e)) {
                throw e;
            }
            LoggerFactory.getLogger(IngestService.class).warn("Registri id belum dipindah ke kunci per unit, "
                    + "penyimpanan tidak terjangkau; dicoba lagi pada impor pertama / id registry not yet moved "
                    + "to per-tenant keys, the store is unreachable; the first import tries again");
        }
    }

    /**
     * Imports one body of an HTTP request, within the configured request-size and row limits.
     * Never throws for bad rows: they are in the report. Publishes an {@link IngestedBatch}
     * after each stored batch. Throws {@link IngestInterrupted} when the store becomes
     * unreachable, naming what was stored until then (that part is recorded as an interrupted
     * import, best effort).
     *
     * @param source name shown in the report (the API path)
     */
    public IngestReport ingestRequest(DataKind kind, InputFormat format, InputStream body, String source,
            TenantScope scope) {
        String actor = CallerScope.currentName();
        Finished finished = ingest(kind, format, body, source, IngestListener.NONE,
                limits.maxRequestSize().toBytes(), limits.maxRows(), scope, actor);
        afterStored(finished, () -> history.record(finished.report(), actor, java.time.Instant.now(),
                ImportStatus.COMPLETE));
        return finished.report();
    }

    /**
     * Past API imports, newest first: a caller limited to some tenants sees only its own
     * imports (an operator reads its rejections again); an all-tenant caller sees everyone's.
     */
    public List<ImportRecord> recentImports(TenantScope scope, int limit) {
        return history.recent(scope.all() ? null : CallerScope.currentName(), limit);
    }

    /**
     * The import sent with this {@code source}; the caller checks who may read it (the console
     * shows an upload's result again after redirecting, so a refresh never sends it twice).
     */
    public Optional<ImportRecord> findImport(String source) {
        return history.bySource(source);
    }

    /** Imports a whole file (command line): no size or row limit, memory stays bounded anyway. */
    public IngestReport ingest(DataKind kind, InputFormat format, InputStream body, String source,
            IngestListener listener) {
        return ingest(kind, format, body, source, listener, Long.MAX_VALUE, Long.MAX_VALUE, TenantScope.ALL, null)
                .report();
    }

    /** @param historyActor who sent an API import, for its history entry; null for the command line (no entry) */
    private Finished ingest(DataKind kind, InputFormat format, InputStream body, String source,
            IngestListener listener, long maxBytes, long maxRows, TenantScope scope, String historyActor) {
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
            IngestRun run = new IngestRun(kind, reader, validator, store, limits.batchSize(), maxRows,
                    limited, publishing).within(scope);
            IngestReport report;
            try {
                report = run.run(source);
            } catch (IngestInterrupted e) {
                interrupted.record(e.stored(), historyActor);
                throw e;
            }
            Finished finished = new Finished(report, run.lastLine());
            afterStored(finished, () -> events.publishEvent(new IngestCompleted(finished.report())));
            return finished;
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /**
     * Book-keeping after every row is stored (audit log, import history): if the store goes away
     * now, the rows are stored all the same, and the caller learns both.
     */
    private static void afterStored(Finished finished, Runnable step) {
        try {
            step.run();
        } catch (RuntimeException e) {
            if (!StoreOutages.isOutage(e)) {
                throw e;
            }
            throw new IngestInterrupted(finished.report(), finished.lastLine(), e);
        }
    }

    /** A complete import: its report and the last line read. */
    private record Finished(IngestReport report, long lastLine) {
    }

    /** Roles and SOPs are looked up in the catalog serving now: forget answers about the old one. */
    @EventListener
    void catalogReloaded(CatalogReloaded reloaded) {
        if (reloaded.ok()) {
            validator.catalogReloaded();
        }
    }

    /** Lets the recording of an interrupted import finish (the command line exits right after one). */
    @PreDestroy
    void close() {
        interrupted.close();
    }

    public IngestProperties limits() {
        return limits;
    }

    /**
     * The stored row of {@code tenant} with this id (an event, record or request), found through the
     * id registry: what evidence may be attached to. Another tenant's row of the same id is not it.
     */
    public Optional<IngestRecord> findRecord(DataKind kind, String tenant, String id) {
        String key = StoreKeys.tenantId(tenant, id);
        RecordStore.Registered registered = store.registered(kind, List.of(key)).get(key);
        return registered == null ? Optional.empty()
                : Optional.ofNullable(store.storedRecord(kind, id, registered.key()));
    }
}
