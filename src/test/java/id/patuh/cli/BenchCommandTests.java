package id.patuh.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** The benchmark runs end to end and reports every figure; speed itself is not asserted here. */
class BenchCommandTests {

    @Test
    void reportsEveryFigureAndDroolsAgreesWithThePlainJavaChecks(@TempDir Path dir) throws Exception {
        Path json = dir.resolve("bench.json");
        StringWriter out = new StringWriter();

        StringWriter err = new StringWriter();
        int exit = PatuhCli.run(new String[] {"bench", "--events", "600", "--warm-up", "300", "--json",
                json.toString()}, new PrintWriter(out, true), new PrintWriter(err, true));

        assertThat(exit).isZero();
        JsonNode result = new ObjectMapper().readTree(json.toFile());
        assertThat(result.get("events").asLong()).isEqualTo(600);
        for (String figure : new String[] {"ingest_events_per_s", "eval_events_per_s", "incremental_p99_ms",
                "heap_peak_mb", "ingest_http_events_per_s", "raw_insert_events_per_s", "raw_read_events_per_s", "report_ms"}) {
            assertThat(result.get(figure).asDouble()).as(figure).isPositive();
        }
        for (String ratio : new String[] {"ingest_vs_raw_insert", "eval_vs_raw_read", "drools_vs_plain_java"}) {
            assertThat(result.get("ratios").get(ratio).asDouble()).as(ratio).isPositive();
        }
        assertThat(result.get("drools_plain_agreement").asBoolean()).isTrue();
        assertThat(result.get("findings").asLong()).isPositive();
        assertThat(result.get("runs")).as("the warm-up round is not reported").hasSize(1);
        assertThat(err.toString()).contains("warm-up: 300 events").contains("== 600 events ==");
        assertThat(out.toString()).contains("ratio Drools / plain Java").contains("incremental p99");
    }
}
