package id.patuh.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import io.prometheus.metrics.expositionformats.PrometheusTextFormatWriter;
import io.prometheus.metrics.model.registry.PrometheusRegistry;

import id.patuh.PatuhApplication;
import id.patuh.workload.DemoData;
import id.patuh.workload.Quarter;

/**
 * The gauges and the step histogram come from the stored state: a service restarted on the same
 * store serves the same values at once, before any new event (counters, which count what this
 * process saw, start again at 0 as Prometheus expects).
 */
class MetricsRestartIntegrationTests {

    @TempDir
    Path dir;

    @Test
    void aRestartedServiceServesTheSameComplianceMetrics() throws Exception {
        List<String> before;
        try (ConfigurableApplicationContext first = start()) {
            first.getBean(DemoData.class).load(Quarter.parse("2024-Q1"));
            before = stateMetrics(first);
        }
        try (ConfigurableApplicationContext second = start()) {
            assertThat(stateMetrics(second)).isEqualTo(before);
        }
        assertThat(before).anyMatch(line -> line.startsWith("patuh_compliance_ratio{"))
                .anyMatch(line -> line.startsWith("patuh_step_duration_ratio_bucket{"))
                .anyMatch(line -> line.startsWith("patuh_findings_open{"))
                .anyMatch(line -> line.startsWith("patuh_sakip_readiness_score{"));
    }

    private ConfigurableApplicationContext start() {
        // arguments, not default properties: they must win over the test configuration's memory store
        return new SpringApplicationBuilder(PatuhApplication.class).web(WebApplicationType.NONE)
                .run("--patuh.store.backend=file", "--patuh.store.file=" + dir.resolve("store.mv.db"),
                        "--patuh.cli=true", "--spring.main.banner-mode=off");
    }

    /** What a scrape shows of the stored state: everything but counters, timers and clock readings. */
    private static List<String> stateMetrics(ConfigurableApplicationContext context) throws Exception {
        context.getBean(MetricsService.class).refresh();
        ByteArrayOutputStream text = new ByteArrayOutputStream();
        PrometheusTextFormatWriter.create().write(text, context.getBean(PrometheusRegistry.class).scrape());
        return text.toString().lines().filter(line -> line.startsWith("patuh_"))
                .filter(line -> !line.matches("patuh_\\w+_total\\{.*|patuh_evaluation_duration.*|patuh_metrics_refresh.*"
                        + "|patuh_findings_open_oldest_age_seconds.*"))
                .toList();
    }
}
