package id.patuh.evaluation;

import static id.patuh.evaluation.Fixtures.wib;
import static id.patuh.evaluation.Fixtures.withCode;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import id.patuh.cases.ActivityEvent;

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
        // v2: Kemlagi's executors are inferred (the scan lost the flowchart marks), hence rendah.
        assertThat(kemlagiStep2By("Staff")).singleElement().satisfies(f -> {
            assertThat(f.stepNo()).isEqualTo(2);
            assertThat(f.severity()).isEqualTo("rendah");
            assertThat(f.message()).contains("dilakukan oleh \"Staff\" (dibaca sebagai Staff), padahal Pelaksananya "
                    + "Sekcam. Pelaksana langkah ini disimpulkan dari teks kegiatan");
            assertThat(f.messageEn()).contains("was performed by \"Staff\" (read as Staff), but its Pelaksana is "
                    + "Sekcam. This step's Pelaksana was inferred");
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

    @Test
    void realTitlesOfTheRightRoleRaiseNothing() {
        assertThat(kemlagiStep2By("SEKRETARIS KECAMATAN")).isEmpty();
        assertThat(kemlagiStep2By("Sekcam Kemlagi")).isEmpty();
        assertThat(kemlagiStep2By("Sekretaris Camat")).isEmpty();
        // Kemlagi step 4: Kasi/Kasubbag.
        for (String title : List.of("Kasi Pemerintahan", "Kepala Seksi Pemerintahan", "KEPALA SUBBAGIAN UMUM")) {
            List<Finding> findings = CaseScript.of(Fixtures.KEMLAGI, wib("2024-07-01T09:00")).steps(1, 2, 3)
                    .step(4, e -> e.role = title).evaluateAt(wib("2024-07-10T09:00"));
            assertThat(withCode(findings, CODE)).as(title).isEmpty();
        }
    }

    @Test
    void aTitleOfAnotherRoleIsWrongAndTheMessageNamesTitleAndRoles() {
        assertThat(kemlagiStep2By("Kepala Seksi Trantib")).singleElement().satisfies(f -> {
            assertThat(f.message()).contains("dilakukan oleh \"Kepala Seksi Trantib\" (dibaca sebagai Kasi/Kasubbag),"
                    + " padahal Pelaksananya Sekcam.");
            assertThat(f.messageEn()).contains("\"Kepala Seksi Trantib\" (read as Kasi/Kasubbag), but its Pelaksana is"
                    + " Sekcam.");
        });
        assertThat(kemlagiStep2By("Bupati")).singleElement().satisfies(f -> assertThat(f.message())
                .contains("\"Bupati\" (tidak cocok dengan peran mana pun di SOP ini)"));
    }

    @Test
    void anExecutorReadFromTheSopIsSedangAndNotSaidToBeInferred() {
        // BranchingSop's steps are not marked executors_inferred; its only role is Staf.
        List<ActivityEvent> events = List.of(new ActivityEvent("e1", "uji-cabang", "case-b", "unit-uji", 1,
                "Kepala Seksi Umum", null, wib("2024-07-01T08:00"), wib("2024-07-01T08:10"), List.of(), "ada", null));

        List<Finding> findings = withCode(Fixtures.engine().evaluateCase(
                new CaseInput(BranchingSop.create(), events, Fixtures.calendar(), wib("2024-07-10T09:00"))), CODE);

        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo("sedang");
            assertThat(f.message()).doesNotContain("disimpulkan");
        });
    }

    @Test
    void anExecutorInferredByTheCatalogIsRendahAndSaysSo() {
        assertThat(Fixtures.sop(Fixtures.KEMLAGI).step(2).orElseThrow().executorsInferred()).isTrue();
        assertThat(kemlagiStep2By("Staf Trantib")).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo("rendah");
            assertThat(f.message()).contains("disimpulkan dari teks kegiatan");
            assertThat(f.messageEn()).contains("inferred from the activity text");
        });
    }
}
