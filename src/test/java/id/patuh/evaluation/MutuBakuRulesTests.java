package id.patuh.evaluation;

import static id.patuh.evaluation.Fixtures.wib;
import static id.patuh.evaluation.Fixtures.withCode;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/** mutu-baku.drl */
class MutuBakuRulesTests {

    private static final String KELENGKAPAN = "MISSING_KELENGKAPAN";
    private static final String OUTPUT = "MISSING_OUTPUT";
    private static final String NOW = "2024-07-10T09:00";

    @Test
    void flagsEventWithoutARequiredInputListingAllThatAreMissing() {
        // Suak Midai step 2 needs Komputer/Laptop and Internet.
        List<Finding> findings = CaseScript.of(Fixtures.SUAKMIDAI, wib("2024-07-01T09:00")).steps(1)
                .step(2, e -> e.kelengkapan = List.of("ATK")).evaluateAt(wib(NOW));

        assertThat(withCode(findings, KELENGKAPAN)).singleElement().satisfies(f -> {
            assertThat(f.stepNo()).isEqualTo(2);
            assertThat(f.severity()).isEqualTo("rendah");
            assertThat(f.evidence()).containsExactly("case-1-e2");
            assertThat(f.message()).endsWith("tanpa kelengkapan yang diwajibkan Mutu Baku: Internet, Komputer/Laptop.");
        });
    }

    @Test
    void matchesKelengkapanRegardlessOfCaseAndSpacing() {
        List<Finding> findings = CaseScript.of(Fixtures.SUAKMIDAI, wib("2024-07-01T09:00")).steps(1)
                .step(2, e -> e.kelengkapan = List.of(" komputer / laptop", "INTERNET"))
                .evaluateAt(wib(NOW));

        assertThat(withCode(findings, KELENGKAPAN)).isEmpty();
    }

    @Test
    void flagsFinishedStepWithoutTheOutputItsSopNames() {
        List<Finding> findings = CaseScript.of(Fixtures.KEMLAGI, wib("2024-07-01T09:00"))
                .step(1, e -> e.output = "  ").evaluateAt(wib(NOW));

        assertThat(withCode(findings, OUTPUT)).singleElement().satisfies(f -> {
            assertThat(f.stepNo()).isEqualTo(1);
            assertThat(f.severity()).isEqualTo("rendah");
            assertThat(f.message()).contains("tanpa Output \"Dokumen\"");
        });
    }

    @Test
    void runningStepDoesNotYetOweItsOutput() {
        List<Finding> findings = CaseScript.of(Fixtures.KEMLAGI, wib("2024-07-01T09:00"))
                .step(1, e -> e.running().output = null).evaluateAt(wib("2024-07-01T09:02"));

        assertThat(withCode(findings, OUTPUT)).isEmpty();
    }

    @Test
    void stepWhoseSopNamesNoOutputOrKelengkapanOwesNone() {
        // Way Kanan table 1, step 6: Kelengkapan and Output are blank in the document.
        List<Finding> findings = CaseScript.of(Fixtures.WAYKANAN_1, wib("2024-07-01T08:00")).steps(1, 2, 3, 4, 5)
                .step(6, e -> {
                    e.output = null;
                    e.kelengkapan = List.of();
                })
                .evaluateAt(wib("2024-07-30T08:00"));

        assertThat(findings).isEmpty();
    }
}
