package id.patuh.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;

import io.prometheus.metrics.expositionformats.PrometheusTextFormatWriter;
import io.prometheus.metrics.model.registry.PrometheusRegistry;

/** The histogram in the Prometheus text format: cumulative buckets, "le" as dashboards query it. */
class StepRatioHistogramTests {

    @Test
    void servesTheSnapshotAsACumulativeHistogramPerSopUnitAndStep() throws Exception {
        RatioCounts counts = new RatioCounts();
        List.of(0.2, 0.5, 1.0, 1.2, 2.5, 12.0).forEach(counts::add);
        AtomicReference<MetricsSnapshot> current = new AtomicReference<>(new MetricsSnapshot(Instant.EPOCH, Map.of(),
                List.of(new MetricsSnapshot.HistogramRow("sop-a", "kec-a", 3, counts))));
        PrometheusRegistry registry = new PrometheusRegistry();
        registry.register(new StepRatioHistogram(current));

        ByteArrayOutputStream text = new ByteArrayOutputStream();
        PrometheusTextFormatWriter.create().write(text, registry.scrape());

        String series = "sop=\"sop-a\",step=\"3\",unit=\"kec-a\"";
        assertThat(text.toString())
                .contains("# TYPE patuh_step_duration_ratio histogram")
                .contains("patuh_step_duration_ratio_bucket{" + series + ",le=\"0.25\"} 1\n")
                .contains("patuh_step_duration_ratio_bucket{" + series + ",le=\"1.0\"} 3\n")
                .contains("patuh_step_duration_ratio_bucket{" + series + ",le=\"3.0\"} 5\n")
                .contains("patuh_step_duration_ratio_bucket{" + series + ",le=\"+Inf\"} 6\n")
                .contains("patuh_step_duration_ratio_count{" + series + "} 6\n");
        assertThat(counts.within).isEqualTo(3);
    }
}
