package id.patuh.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** {@code demo} fills the configured store with a realistic, evaluated quarter; again, it adds nothing. */
class DemoCommandTests {

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @RegisterExtension
    final TemporaryFileStore store = new TemporaryFileStore();

    @Test
    void loadsARealisticQuarterWithAFewPerCentFindingsAndOnlyDuplicatesTheSecondTime() throws Exception {
        assertThat(run("demo", "--quarter", "2024-Q1")).isZero();
        JsonNode first = new ObjectMapper().readTree(out.toString());
        assertThat(first.get("quarter").asText()).isEqualTo("2024-Q1");
        // six seed SOPs, about one run a week each
        assertThat(first.get("cases").asLong()).isBetween(60L, 90L);
        assertThat(first.get("events").asLong()).isGreaterThan(300);
        // five tenants, four sub-units each, four indicators: a request each, a record for most
        assertThat(first.get("requests").asLong()).isEqualTo(80);
        assertThat(first.get("records").asLong()).isBetween(65L, 80L);
        for (JsonNode report : first.get("imports")) {
            assertThat(report.get("rejected").asLong()).as(report.toString()).isZero();
            assertThat(report.get("accepted").asLong()).as(report.toString()).isPositive();
        }
        // a few per cent of steps and subjects go wrong: findings, but far fewer than events
        assertThat(first.get("findings").asLong()).isBetween(10L, first.get("events").asLong() / 5);
        assertThat(err.toString().lines())
                .contains("Memuat data demo triwulan 2024-Q1 / loading demo quarter 2024-Q1 …")
                .anyMatch(line -> line.matches("Selesai dalam \\d+ ms / done\\."));

        out.getBuffer().setLength(0);
        assertThat(run("demo", "--quarter", "2024-Q1")).isZero();
        JsonNode second = new ObjectMapper().readTree(out.toString());
        for (JsonNode report : second.get("imports")) {
            assertThat(report.get("accepted").asLong()).as(report.toString()).isZero();
            assertThat(report.get("duplicates").asLong()).as(report.toString()).isPositive();
        }
        assertThat(second.get("findings").asLong()).isEqualTo(first.get("findings").asLong());
    }

    @Test
    void refusesAQuarterItCannotReadBeforeTouchingTheStore() {
        assertThat(run("demo", "--quarter", "2024-5")).isEqualTo(DemoCommand.UNUSABLE_INPUT);
        assertThat(err.toString()).contains("2024-Q1");
        assertThat(out.toString()).isEmpty();
        assertThat(store.file()).doesNotExist();
    }

    private int run(String... args) {
        return PatuhCli.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
    }
}
