package id.patuh.findings;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import id.patuh.cases.DataKind;
import id.patuh.ingest.IngestedBatch;
import id.patuh.store.StoreOutages;

import jakarta.annotation.PreDestroy;

/**
 * Starts evaluation: right after each stored batch (so a finding is queryable when the import
 * answers), and in a periodic sweep for what time alone changes.
 */
@Component
class EvaluationTriggers {

    private static final Logger log = LoggerFactory.getLogger(EvaluationTriggers.class);

    private final ComplianceEvaluator evaluator;
    private final EvaluationProperties properties;
    private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread thread = new Thread(r, "patuh-sweep");
        thread.setDaemon(true);
        return thread;
    });

    EvaluationTriggers(ComplianceEvaluator evaluator, EvaluationProperties properties) {
        this.evaluator = evaluator;
        this.properties = properties;
    }

    @EventListener
    void onBatch(IngestedBatch batch) {
        if (!properties.onIngest()) {
            return;
        }
        var now = evaluator.now();
        for (String key : batch.documentKeys()) {
            try {
                if (batch.kind() == DataKind.ACTIVITIES) {
                    evaluator.evaluateCase(key, now);
                } else {
                    evaluator.evaluateSubject(key, now);
                }
            } catch (RuntimeException e) {
                if (StoreOutages.isOutage(e)) {
                    // every further key would wait out the same timeout: leave the batch to the next sweep
                    log.warn("Penyimpanan tidak dapat dihubungi; evaluasi batch ini diulang pada penyisiran berikut"
                            + " / store unreachable; this batch is evaluated by the next sweep: {}", e.toString());
                    return;
                }
                // the rows are stored whatever happens here; the next sweep evaluates them again
                log.error("Evaluasi {} gagal setelah impor, diulang pada penyisiran berikut / evaluation after "
                        + "import failed, retried by the next sweep", key, e);
            }
        }
    }

    /** Only the service sweeps; commands (import, audit) run no scheduler. */
    @EventListener(ApplicationReadyEvent.class)
    void scheduleSweeps(ApplicationReadyEvent ready) {
        if (ready.getApplicationContext().getEnvironment().getProperty("patuh.cli", Boolean.class, false)) {
            return;
        }
        long interval = properties.sweepInterval().toMillis();
        scheduler.scheduleWithFixedDelay(this::sweep, properties.sweepOnStart() ? 0 : interval, interval,
                TimeUnit.MILLISECONDS);
    }

    private void sweep() {
        try {
            SweepResult result = evaluator.sweep(evaluator.now());
            log.info("Penyisiran selesai / sweep done: {} kasus, {} subjek, {} SOP, {} ms, {}", result.cases(),
                    result.subjects(), result.sops(), result.millis(), result.changes());
        } catch (RuntimeException e) {
            log.error("Penyisiran gagal, dicoba lagi pada jadwal berikut / sweep failed, retried at the next run", e);
        }
    }

    @PreDestroy
    void stop() {
        scheduler.shutdownNow();
    }
}
