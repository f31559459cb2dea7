package id.patuh.findings;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ScheduledFuture;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.TaskScheduler;
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
    private final LeasedSweep leasedSweep;
    private final EvaluationProperties properties;
    private final TaskScheduler scheduler;
    private volatile ScheduledFuture<?> sweeps;

    EvaluationTriggers(ComplianceEvaluator evaluator, LeasedSweep leasedSweep, EvaluationProperties properties,
            TaskScheduler scheduler) {
        this.evaluator = evaluator;
        this.leasedSweep = leasedSweep;
        this.properties = properties;
        this.scheduler = scheduler;
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
        Duration interval = properties.sweepInterval();
        Instant first = Instant.now().plus(properties.sweepOnStart() ? Duration.ZERO : interval);
        // fixed delay, not rate: a sweep that takes longer than the interval is never run twice at once
        sweeps = scheduler.scheduleWithFixedDelay(this::sweep, first, interval);
    }

    private void sweep() {
        try {
            // several replicas on one store: the one holding the sweep's lease sweeps, the others skip
            leasedSweep.run().ifPresentOrElse(result -> log.info(
                    "Penyisiran selesai / sweep done: {} kasus, {} subjek, {} SOP, {} ms, {}", result.cases(),
                    result.subjects(), result.sops(), result.millis(), result.changes()),
                    () -> log.info("Penyisiran dilewati: replika lain sudah menyisir dalam interval ini / sweep "
                            + "skipped: another replica swept within this interval"));
        } catch (RuntimeException e) {
            log.error("Penyisiran gagal, dicoba lagi pada jadwal berikut / sweep failed, retried at the next run", e);
        }
    }

    @PreDestroy
    void stop() {
        ScheduledFuture<?> scheduled = sweeps;
        if (scheduled != null) {
            scheduled.cancel(true);
        }
    }
}
