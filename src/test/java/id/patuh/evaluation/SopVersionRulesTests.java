package id.patuh.evaluation;

import static id.patuh.evaluation.Fixtures.wib;
import static id.patuh.evaluation.Fixtures.withCode;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import id.patuh.cases.CaseData;
import id.patuh.catalog.CatalogService;
import id.patuh.catalog.SopCatalog;

/**
 * A case is judged by the SOP version in force when its first step started, and every finding
 * names that version (semantics v2). Sidoarjo step 7 is "1 Hari" in the 2023-06-13 test version
 * and "2 Jam" since 2024-03-12; a 5-working-hour run is a violation only under the latter.
 */
class SopVersionRulesTests {

    private static final String CODE = Fixtures.SIDOARJO;

    @TempDir
    static Path dir;

    private static ScopeEvaluator bothVersions;
    private static ScopeEvaluator currentOnly;

    @BeforeAll
    static void catalogs() throws IOException {
        Path both = Files.createDirectory(dir.resolve("both"));
        Path one = Files.createDirectory(dir.resolve("one"));
        Files.copy(Path.of("sop-catalog", CODE + ".yaml"), both.resolve(CODE + ".yaml"));
        Files.copy(Path.of("sop-catalog", CODE + ".yaml"), one.resolve(CODE + ".yaml"));
        Files.copy(Path.of("src/test/resources/sop-versions", CODE + "@2023-06-13.yaml"),
                both.resolve(CODE + "@2023-06-13.yaml"));
        bothVersions = evaluator(CatalogService.readDirectory(both));
        currentOnly = evaluator(CatalogService.readDirectory(one));
    }

    @Test
    void aCaseStartedBeforeTheRevisionIsJudgedByTheOlderVersion() {
        // Thursday 7 March 2024, 08:00-14:00: 5 working hours (lunch excluded), within "1 Hari".
        List<Finding> findings = recap(bothVersions, "2024-03-07");

        assertThat(withCode(findings, "DURATION_EXCEEDED")).isEmpty();
        assertThat(findings).isNotEmpty().allSatisfy(f -> {
            assertThat(f.sopVersion()).isEqualTo("2023-06-13");
            assertThat(f.message()).contains("Dinilai menurut SOP versi berlaku 2023-06-13")
                    .contains("versi terbaru: 2024-03-12");
            assertThat(f.messageEn()).contains("Judged by the SOP version effective 2023-06-13");
        });
    }

    @Test
    void aCaseStartedAfterTheRevisionIsJudgedByTheRevision() {
        // Wednesday 13 March 2024 (11 and 12 March are Nyepi and cuti bersama): the same run exceeds "2 Jam".
        List<Finding> findings = recap(bothVersions, "2024-03-13");

        assertThat(withCode(findings, "DURATION_EXCEEDED")).singleElement().satisfies(f -> {
            assertThat(f.stepNo()).isEqualTo(7);
            assertThat(f.sopVersion()).isEqualTo("2024-03-12");
            assertThat(f.message()).doesNotContain("Dinilai menurut").doesNotContain("versi SOP pertama");
        });
    }

    @Test
    void aCaseStartedBeforeTheFirstKnownVersionIsJudgedByItAndSaysSo() {
        List<Finding> findings = recap(currentOnly, "2024-03-07");

        assertThat(withCode(findings, "DURATION_EXCEEDED")).singleElement().satisfies(f -> {
            assertThat(f.sopVersion()).isEqualTo("2024-03-12");
            assertThat(f.message()).contains("Kasus dimulai sebelum versi SOP pertama yang diketahui")
                    .contains("berlaku 2024-03-12");
            assertThat(f.messageEn()).contains("started before the first known SOP version");
        });
    }

    @Test
    void theVersionIsChosenByTheFirstStepNotByALaterOne() {
        // Step 1 on Friday 8 March (older version in force); step 7 after the revision.
        CaseScript script = CaseScript.of(CODE, wib("2024-03-08T08:00")).step(1, e -> { })
                .step(7, e -> e.startAt(wib("2024-03-13T08:00")).finishAt(wib("2024-03-13T14:00")));

        List<Finding> findings = evaluate(bothVersions, script, wib("2024-03-29T09:00"));

        assertThat(withCode(findings, "DURATION_EXCEEDED")).isEmpty();
        assertThat(findings).extracting(Finding::sopVersion).containsOnly("2023-06-13");
    }

    private static List<Finding> recap(ScopeEvaluator evaluator, String day) {
        CaseScript script = CaseScript.of(CODE, wib(day + "T08:00"))
                .step(7, e -> e.finishAt(wib(day + "T14:00")));
        return evaluate(evaluator, script, wib("2024-03-29T09:00"));
    }

    private static List<Finding> evaluate(ScopeEvaluator evaluator, CaseScript script, Instant now) {
        CaseData data = new CaseData("t:case-1", CaseScript.UNIT, CaseScript.UNIT, CODE, "case-1", script.events());
        return evaluator.caseFindings(data, now);
    }

    private static ScopeEvaluator evaluator(SopCatalog catalog) {
        return new ScopeEvaluator(Fixtures::engine, catalog, Fixtures.CALENDARS, key -> Optional.empty());
    }
}
