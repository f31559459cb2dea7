package id.patuh.metrics;

import java.time.Clock;
import java.time.Instant;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.TaskScheduler;
import org.springframework.stereotype.Service;

import io.micrometer.core.instrument.MeterRegistry;
import io.prometheus.metrics.model.registry.PrometheusRegistry;

import id.patuh.ingest.IngestCompleted;

import jakarta.annotation.PreDestroy;

/**
 * The metrics façade: computes the gauges from the stored state on start, every
 * {@code patuh.metrics.refresh-interval}, and shortly after each import, and publishes them.
 */
@Service
public class MetricsService {

    private static final Logger log = LoggerFactory.getLogger(MetricsService.class);
    /** An import is followed by a refresh this soon, or after twice the last refresh's time if longer. */
    private static final long MIN_DELAY_MILLIS = 1000;

    private final SnapshotBuilder builder;
    private final SnapshotGauges gauges;
    private final MetricsProperties properties;
    private final Clock clock;
    private final AtomicReference<MetricsSnapshot> current = new AtomicReference<>();
    private final StepRatioHistogram histogram = new StepRatioHistogram(current);
    private final PrometheusRegistry prometheus;
    private final AtomicBoolean refreshPending = new AtomicBoolean();
    private volatile boolean scheduling;
    private volatile long lastRefreshMillis;
    private final TaskScheduler scheduler;
    private volatile ScheduledFuture<?> refreshes;

    MetricsService(SnapshotBuilder builder, MeterRegistry registry, ObjectProvider<PrometheusRegistry> prometheus,
            MetricsProperties properties, ObjectProvider<Clock> clock, TaskScheduler scheduler) {
        this.builder = builder;
        this.scheduler = scheduler;
        this.properties = properties;
        this.clock = clock.getIfAvailable(Clock::systemUTC);
        this.gauges = new SnapshotGauges(registry);
        // the histogram is a Prometheus collector; without a Prometheus registry nobody scrapes it
        this.prometheus = prometheus.getIfAvailable();
        if (this.prometheus != null) {
            this.prometheus.register(histogram);
        }
        publish(builder.empty(this.clock.instant()));
    }

    /** Reads the stored state now and publishes it; returns when the gauges show it. */
    public synchronized void refresh() {
        long started = System.nanoTime();
        publish(builder.build(clock.instant()));
        lastRefreshMillis = (System.nanoTime() - started) / 1_000_000;
    }

    private void publish(MetricsSnapshot snapshot) {
        current.set(snapshot);
        gauges.publish(snapshot);
    }

    /** Only the service refreshes on its own; commands (import, demo) run no scheduler. */
    @EventListener(ApplicationReadyEvent.class)
    void startRefreshing(ApplicationReadyEvent ready) {
        if (ready.getApplicationContext().getEnvironment().getProperty("patuh.cli", Boolean.class, false)) {
            return;
        }
        scheduling = true;
        refreshes = scheduler.scheduleWithFixedDelay(this::refreshLogged, Instant.now(), properties.refreshInterval());
    }

    /** New rows change most gauges: refresh soon, once for a burst of imports. */
    @EventListener
    void onIngest(IngestCompleted completed) {
        if (scheduling && refreshPending.compareAndSet(false, true)) {
            long delay = Math.max(MIN_DELAY_MILLIS, 2 * lastRefreshMillis);
            scheduler.schedule(() -> {
                refreshPending.set(false);
                refreshLogged();
            }, Instant.now().plusMillis(delay));
        }
    }

    private void refreshLogged() {
        try {
            refresh();
        } catch (RuntimeException e) {
            // the previous snapshot keeps serving; a scrape never fails because of a refresh
            log.error("Perhitungan metrik gagal, dicoba lagi nanti / metrics refresh failed, retried later", e);
        }
    }

    @PreDestroy
    void stop() {
        ScheduledFuture<?> scheduled = refreshes;
        if (scheduled != null) {
            scheduled.cancel(true);
        }
        if (prometheus != null) {
            prometheus.unregister(histogram);
        }
    }
}
