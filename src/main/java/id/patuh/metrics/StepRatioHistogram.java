package id.patuh.metrics;

import java.util.concurrent.atomic.AtomicReference;

import io.prometheus.metrics.model.registry.Collector;
import io.prometheus.metrics.model.snapshots.ClassicHistogramBuckets;
import io.prometheus.metrics.model.snapshots.HistogramSnapshot;
import io.prometheus.metrics.model.snapshots.Labels;
import io.prometheus.metrics.model.snapshots.MetricSnapshot;

/**
 * {@code patuh_step_duration_ratio}: finished steps by duration / Mutu Baku standard, as a
 * Prometheus histogram per SOP, unit and step.
 *
 * <p>It is served straight from the snapshot because it is a count of stored steps, not of
 * events seen by this process: a Micrometer histogram would start empty after a restart and
 * count a re-evaluated step twice. Stored steps are never deleted, so the buckets only grow and
 * behave like the cumulative counters Prometheus expects ({@code rate} works on them too).
 */
final class StepRatioHistogram implements Collector {

    static final String NAME = "patuh_step_duration_ratio";

    private final AtomicReference<MetricsSnapshot> current;

    StepRatioHistogram(AtomicReference<MetricsSnapshot> current) {
        this.current = current;
    }

    @Override
    public String getPrometheusName() {
        return NAME;
    }

    @Override
    public MetricSnapshot collect() {
        HistogramSnapshot.Builder histogram = HistogramSnapshot.builder().name(NAME)
                .help("Durasi langkah dibanding Mutu Baku waktunya (1 = tepat standar) / "
                        + "step duration over its Mutu Baku standard (1 = at the standard)");
        MetricsSnapshot snapshot = current.get();
        if (snapshot != null) {
            for (MetricsSnapshot.HistogramRow row : snapshot.histogram()) {
                histogram.dataPoint(HistogramSnapshot.HistogramDataPointSnapshot.builder()
                        .labels(Labels.of("sop", row.sop(), "unit", row.unit(), "step", String.valueOf(row.step())))
                        .classicHistogramBuckets(ClassicHistogramBuckets.of(RatioCounts.BOUNDS, row.counts().buckets))
                        .sum(row.counts().sum)
                        .build());
            }
        }
        return histogram.build();
    }
}
