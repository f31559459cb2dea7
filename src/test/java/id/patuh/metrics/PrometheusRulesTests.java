package id.patuh.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

/** promtool, as an operator would run it: the rules and the example config load, the rule unit tests pass. */
class PrometheusRulesTests {

    @Test
    void alertRulesAreValid() throws Exception {
        assertThat(promtool("check", "rules", "alerts.yml")).contains("SUCCESS");
    }

    @Test
    void alertRuleUnitTestsPass() throws Exception {
        assertThat(promtool("test", "rules", "alerts.test.yml")).contains("SUCCESS");
    }

    @Test
    void exampleScrapeConfigsAreValid() throws Exception {
        assertThat(promtool("check", "config", "prometheus.yml")).contains("SUCCESS");
        assertThat(promtool("check", "config", "prometheus-docker.yml")).contains("SUCCESS");
    }

    /** Runs promtool in dashboards/prometheus (the files name each other relatively); fails on a non-zero exit. */
    private static String promtool(String... args) throws IOException, InterruptedException {
        Path binary = PrometheusBinaries.require("promtool");
        String[] command = new String[args.length + 1];
        command[0] = binary.toString();
        System.arraycopy(args, 0, command, 1, args.length);
        Path output = Files.createTempFile(Path.of(System.getProperty("java.io.tmpdir")), "promtool-", ".txt");
        Process process = new ProcessBuilder(command).directory(DashboardFiles.PROMETHEUS.toFile())
                .redirectErrorStream(true).redirectOutput(output.toFile()).start();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
        String text = Files.readString(output);
        Files.delete(output);
        assertThat(process.isAlive()).as("promtool still running after 60 s").isFalse();
        assertThat(process.exitValue()).as(text).isZero();
        return text;
    }
}
