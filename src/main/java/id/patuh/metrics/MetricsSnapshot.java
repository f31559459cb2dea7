package id.patuh.metrics;

import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

import io.micrometer.core.instrument.Tags;

/**
 * Everything the gauges and the step histogram show, computed at one instant from the stored
 * state; immutable, swapped whole on each refresh so that a scrape never sees half of one.
 */
record MetricsSnapshot(Instant at, Map<SnapshotGauge, List<GaugeRow>> gauges, List<HistogramRow> histogram) {

    /** One series of a gauge. */
    record GaugeRow(Tags tags, double value) {
    }

    /** One series of the step-duration histogram. */
    record HistogramRow(String sop, String unit, int step, RatioCounts counts) {
    }

    MetricsSnapshot {
        Map<SnapshotGauge, List<GaugeRow>> copy = new EnumMap<>(SnapshotGauge.class);
        gauges.forEach((gauge, rows) -> copy.put(gauge, List.copyOf(rows)));
        gauges = copy;
        histogram = List.copyOf(histogram);
    }

    List<GaugeRow> rows(SnapshotGauge gauge) {
        return gauges.getOrDefault(gauge, List.of());
    }

    /** The value of the series with exactly these tags (key, value, key, value, …), if any. */
    OptionalDouble value(SnapshotGauge gauge, String... keyValues) {
        Tags wanted = Tags.of(keyValues);
        return rows(gauge).stream().filter(r -> r.tags().equals(wanted)).mapToDouble(GaugeRow::value).findFirst();
    }
}
