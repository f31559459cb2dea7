package id.patuh.metrics;

import java.util.EnumMap;
import java.util.Map;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MultiGauge;

/**
 * The snapshot's gauges in Micrometer: one {@link MultiGauge} per metric, whose rows are replaced
 * whole on each refresh, so a series that no longer exists (a unit folded into "lainnya", a
 * period that aged out) disappears instead of keeping its last value.
 */
final class SnapshotGauges {

    private final Map<SnapshotGauge, MultiGauge> gauges = new EnumMap<>(SnapshotGauge.class);

    SnapshotGauges(MeterRegistry registry) {
        for (SnapshotGauge gauge : SnapshotGauge.values()) {
            gauges.put(gauge, MultiGauge.builder(gauge.meterName()).description(gauge.help()).register(registry));
        }
    }

    void publish(MetricsSnapshot snapshot) {
        gauges.forEach((gauge, meter) -> meter.register(snapshot.rows(gauge).stream()
                .map(row -> MultiGauge.Row.of(row.tags(), row.value())).toList(), true));
    }
}
