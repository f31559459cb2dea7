package id.patuh.ingest;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;

/**
 * Records an import that a store outage cut short: publishes {@link IngestCompleted} with status
 * {@code interrupted} and what the store acknowledged (metrics and the security audit log count
 * the stored rows), and for an API import writes its import-history entry.
 *
 * <p>Best effort, on a thread of its own: the store is most likely still away, so each write may
 * wait out the server-selection timeout; the 503 (or the command's message) must not wait for
 * that, and a failure here is logged, never thrown over the outage the caller is told about. The
 * caller's security context goes along, so the audit entry names who imported.
 */
final class InterruptedImports implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(InterruptedImports.class);
    private static final int MAX_WAITING = 100;
    /** At shutdown (the command line exits right after an outage): one store timeout and some. */
    private static final Duration CLOSE_WAIT = Duration.ofSeconds(15);

    private final ApplicationEventPublisher events;
    private final ImportHistory history;
    private final ThreadPoolExecutor worker = new ThreadPoolExecutor(1, 1, 0, TimeUnit.MILLISECONDS,
            new ArrayBlockingQueue<>(MAX_WAITING), InterruptedImports::thread,
            (task, pool) -> log.warn("Impor terputus tidak dicatat: antrean penuh atau layanan berhenti / "
                    + "interrupted import not recorded: queue full or service stopping"));

    InterruptedImports(ApplicationEventPublisher events, ImportHistory history) {
        this.events = events;
        this.history = history;
    }

    /**
     * @param stored the acknowledged part ({@link IngestInterrupted#stored()})
     * @param actor  who sent an API import (it goes into the import history); null for a
     *               command-line import, which has no history entry
     */
    void record(IngestReport stored, String actor) {
        Instant at = Instant.now();
        worker.execute(new DelegatingSecurityContextRunnable(() -> {
            attempt("event", () -> events.publishEvent(new IngestCompleted(stored, ImportStatus.INTERRUPTED)));
            if (actor != null) {
                attempt("history", () -> history.record(stored, actor, at, ImportStatus.INTERRUPTED));
            }
        }));
    }

    private static void attempt(String what, Runnable step) {
        try {
            step.run();
        } catch (RuntimeException e) {
            log.warn("Impor terputus tidak tercatat ({}) / interrupted import not recorded ({}): {}", what, what,
                    e.toString());
        }
    }

    @Override
    public void close() {
        worker.shutdown();
        try {
            if (!worker.awaitTermination(CLOSE_WAIT.toMillis(), TimeUnit.MILLISECONDS)) {
                log.warn("Pencatatan impor terputus dihentikan / recording of interrupted imports abandoned");
                worker.shutdownNow();
            }
        } catch (InterruptedException e) {
            worker.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }

    private static Thread thread(Runnable task) {
        Thread thread = new Thread(task, "patuh-interrupted-imports");
        thread.setDaemon(true);
        return thread;
    }
}
