package id.patuh.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;

import id.patuh.ingest.IngestService;
import id.patuh.metrics.MetricsService;

/**
 * One readiness score: the dashboards' {@code patuh_sakip_readiness_score} is the readiness
 * report's score (as a 0–1 ratio) for the same unit and period, not a second formula.
 */
@SpringBootTest(properties = "patuh.evaluation.sweep-on-start=false")
@Import(ExampleData.FixedClock.class)
class ReadinessGaugeIntegrationTests {

    /** The gauge is kept per supplying unit, as the records name it. */
    private static final String UNIT = ExampleData.UNIT + "/bagian-umum";

    @Autowired
    IngestService ingest;

    @Autowired
    ReportService reports;

    @Autowired
    MetricsService metrics;

    @Autowired
    MeterRegistry registry;

    @Test
    void theGaugeShowsTheReportsScoreForTheSameUnitAndPeriod() throws Exception {
        ExampleData.load(ingest);
        metrics.refresh();

        Double score = reports.readiness(ReportUnit.parse(UNIT), ReportPeriod.parse("2024-Q1")).score().value();
        Gauge gauge = registry.find("patuh.sakip.readiness.score").tags("unit", UNIT, "period", "2024-Q1").gauge();

        assertThat(score).isNotNull().isLessThan(100.0);
        assertThat(gauge).as("gauge for %s 2024-Q1", UNIT).isNotNull();
        assertThat(gauge.value()).isCloseTo(score / 100, within(1e-9));
    }

    @Test
    void aPeriodTheReportDoesNotTakeHasNoScore() throws Exception {
        ExampleData.load(ingest);

        assertThat(reports.readinessScore(UNIT, "2024-S1", ExampleData.NOW)).isEmpty();
        assertThat(reports.readinessScore(UNIT, "2024-Q1", ExampleData.NOW)).isPresent();
    }
}
