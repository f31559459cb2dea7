package id.patuh.evaluation;

import static id.patuh.evaluation.Fixtures.wib;
import static id.patuh.evaluation.Fixtures.withCode;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/** executors.drl */
class ExecutorRulesTests {

    private static final String CODE = "WRONG_EXECUTOR";

    private static List<Finding> kemlagiStep2By(String role) {
        // Kemlagi step 2: Pelaksana Sekcam (aliases Sekretaris Kecamatan, Sekretaris Camat).
        return withCode(CaseScript.of(Fixtures.KEMLAGI, wib("2024-07-01T09:00")).steps(1)
                .step(2, e -> e.role = role).evaluateAt(wib("2024-07-10T09:00")), CODE);
    }

    @Test
    void flagsStepPerformedByAnotherRoleOfTheSop() {
        assertThat(kemlagiStep2By("Staff")).singleElement().satisfies(f -> {
            assertThat(f.stepNo()).isEqualTo(2);
            assertThat(f.severity()).isEqualTo("sedang");
            assertThat(f.message()).endsWith("dilakukan oleh \"Staff\", padahal Pelaksananya Sekcam.");
            assertThat(f.messageEn()).endsWith("was performed by \"Staff\", but its Pelaksana is Sekcam.");
        });
    }

    @Test
    void flagsRoleTheSopDoesNotKnow() {
        assertThat(kemlagiStep2By("Operator")).hasSize(1);
    }

    @Test
    void acceptsAliasesRegardlessOfCaseAndSpacing() {
        assertThat(kemlagiStep2By("  sekretaris   KECAMATAN ")).isEmpty();
        assertThat(kemlagiStep2By("sekcam")).isEmpty();
    }

    @Test
    void acceptsAnyOfSeveralPelaksana() {
        // Kemlagi step 7 (Rapat Finalisasi): Sekcam and Kasi/Kasubbag.
        List<Finding> findings = CaseScript.of(Fixtures.KEMLAGI, wib("2024-07-01T09:00")).steps(1, 2, 3, 4, 5, 6)
                .step(7, e -> e.role = "Kasubag").evaluateAt(wib("2024-07-10T09:00"));

        assertThat(withCode(findings, CODE)).isEmpty();
    }
}
