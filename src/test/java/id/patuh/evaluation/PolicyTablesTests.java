package id.patuh.evaluation;

import static id.patuh.evaluation.Fixtures.wib;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import id.patuh.calendar.MutuBakuWaktu;

/**
 * Policy is data (semantics v2): changing a severity for one SOP step, or the default verification
 * window, is an edit of a decision table plus a rule reload; a broken edit is refused with file and
 * line while the old policy keeps serving.
 */
class PolicyTablesTests {

    private static final String OVERRIDE_ROW =
            "sidoarjo-perencanaan-pengumpulan-data-kinerja,7,DURATION_EXCEEDED,,,tinggi\n";

    @TempDir
    Path dir;

    private RuleService service;

    @BeforeEach
    void copyRules() throws IOException {
        try (var files = Files.list(Path.of("rules"))) {
            for (Path file : files.toList()) {
                Files.copy(file, dir.resolve(file.getFileName()));
            }
        }
        service = new RuleService(new RulesProperties(dir), event -> { });
    }

    @Test
    void durationExceededBecomesTinggiForOneSopStepAfterATableEditAndAReload() throws IOException {
        assertThat(durationSeverity(7)).isEqualTo("rendah");

        append("severity-overrides.drl.csv", OVERRIDE_ROW);
        service.reload();

        assertThat(durationSeverity(7)).isEqualTo("tinggi");
        assertThat(durationSeverity(5)).as("other steps keep the general table").isEqualTo("rendah");
    }

    @Test
    void anOverrideRowWithAnUnknownSeverityIsRefusedWithFileAndLine() throws IOException {
        RuleEngine serving = service.engine();
        append("severity-overrides.drl.csv", OVERRIDE_ROW.replace("tinggi", "tingi"));

        assertThatThrownBy(service::reload).isInstanceOf(RuleCompilationException.class)
                .hasMessageContaining("severity-overrides.drl.csv:13").hasMessageContaining("tingi");
        assertThat(service.engine()).isSameAs(serving);
        assertThat(durationSeverity(7)).isEqualTo("rendah");
    }

    @Test
    void theDurationThresholdBetweenRendahAndSedangIsTableData() throws IOException {
        // Step 5 (1 Jam) run 2.5 hours: above the shipped 2x, so sedang; with 3x it is rendah.
        assertThat(durationSeverityOfRun(5, "2024-07-01T10:30")).isEqualTo("sedang");

        Path table = dir.resolve("severity.drl.csv");
        Files.writeString(table, Files.readString(table).replace("DURATION_EXCEEDED,2,,sedang", "DURATION_EXCEEDED,3,,sedang"));
        service.reload();

        assertThat(durationSeverityOfRun(5, "2024-07-01T10:30")).isEqualTo("rendah");
    }

    @Test
    void theDefaultVerificationWindowIsTableData() throws IOException {
        assertThat(service.engine().verificationWindow(null).parts()).containsExactly(MutuBakuWaktu.ofDays(5));

        replace("verification-window.drl.csv", "*,5 hari", "*,3 hari");
        service.reload();

        assertThat(service.engine().verificationWindow(null).parts()).containsExactly(MutuBakuWaktu.ofDays(3));
        assertThat(service.engine().verificationWindow(Fixtures.sop(Fixtures.KEMLAGI)).isDefault()).isTrue();
    }

    @Test
    void anUnreadableDefaultWindowIsRefusedWithFileAndLine() throws IOException {
        RuleEngine serving = service.engine();
        replace("verification-window.drl.csv", "*,5 hari", "*,lima hari");

        assertThatThrownBy(service::reload).isInstanceOf(RuleCompilationException.class)
                .hasMessageContaining("verification-window.drl.csv:11");
        assertThat(service.engine()).isSameAs(serving);
    }

    @Test
    void aWindowTableWithoutARowForEverySopIsRefused() throws IOException {
        replace("verification-window.drl.csv", "*,5 hari", "kemlagi-pengumpulan-data-kinerja,5 hari");

        assertThatThrownBy(service::reload).isInstanceOf(RuleCompilationException.class)
                .hasMessageContaining("verification-window.drl.csv").hasMessageContaining("(baris *)");
    }

    /** Sidoarjo step {@code no} started Monday 08:00 and ran 1.5x its 1 or 2 hours. */
    private String durationSeverity(int no) {
        return durationSeverityOfRun(no, no == 7 ? "2024-07-01T11:00" : "2024-07-01T09:30");
    }

    private String durationSeverityOfRun(int no, String finish) {
        CaseInput input = CaseScript.of(Fixtures.SIDOARJO, wib("2024-07-01T08:00"))
                .step(no, e -> e.finishAt(wib(finish))).at(wib("2024-07-05T09:00"));
        List<Finding> findings = service.engine().evaluateCase(input);
        return findings.stream().filter(f -> f.code().equals("DURATION_EXCEEDED")).findFirst()
                .map(Finding::severity).orElseThrow();
    }

    private void append(String file, String row) throws IOException {
        Files.writeString(dir.resolve(file), row, StandardOpenOption.APPEND);
    }

    private void replace(String file, String from, String to) throws IOException {
        Path path = dir.resolve(file);
        Files.writeString(path, Files.readString(path).replace(from, to));
    }
}
