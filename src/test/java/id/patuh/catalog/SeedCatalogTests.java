package id.patuh.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import id.patuh.calendar.MutuBakuWaktu;

/** The shipped catalog against the seed documents in shared/seeds (transcribed by hand). */
class SeedCatalogTests {

    private static SopCatalog catalog;

    @BeforeAll
    static void load() {
        catalog = new CatalogLoader().loadDirectory(Path.of("sop-catalog"));
    }

    @Test
    void holdsSixSopsFromFiveDocumentsWithWayKananAsTwo() {
        assertThat(catalog.sops()).extracting(Sop::code).containsExactly(
                "kemlagi-pengumpulan-data-kinerja",
                "sidoarjo-perencanaan-pengumpulan-data-kinerja",
                "suakmidai-pengumpulan-data-kinerja",
                "tanjunganom-mekanisme-pengumpulan-data-kinerja",
                "waykanan-bpkad-pengumpulan-data-kinerja-1",
                "waykanan-bpkad-pengumpulan-data-kinerja-2");
        assertThat(catalog.find("waykanan-bpkad-pengumpulan-data-kinerja-1").orElseThrow().source())
                .isEqualTo(catalog.find("waykanan-bpkad-pengumpulan-data-kinerja-2").orElseThrow().source())
                .isEqualTo("003_a99aa8b540c7cf42.txt");
    }

    @Test
    void normalisesEveryWaktuAsTheSeedDocumentsWriteIt() {
        Map<String, List<String>> expected = Map.of(
                "tanjunganom-mekanisme-pengumpulan-data-kinerja", List.of("PT5M", "PT5M", "P3D", "P4D"),
                "kemlagi-pengumpulan-data-kinerja", List.of("PT3M", "PT1H", "PT1H", "PT1H", "PT1H", "PT1H", "PT1H",
                        "PT1H", "PT1H", "PT1H", "PT1H", "PT1H"),
                "suakmidai-pengumpulan-data-kinerja", List.of("PT15M", "P1D", "PT1H30M", "PT30M"),
                "waykanan-bpkad-pengumpulan-data-kinerja-1", Arrays.asList("PT5M", "PT10M", "P3D", "P2D", "P1D", null),
                "waykanan-bpkad-pengumpulan-data-kinerja-2", List.of("PT15M", "PT30M", "PT15M", "PT1H", "PT8H",
                        "PT8H", "PT8H", "PT15M", "PT8H"),
                "sidoarjo-perencanaan-pengumpulan-data-kinerja", List.of("PT1H", "PT1H", "PT1H", "PT1H", "PT1H",
                        "P1D", "PT2H", "PT1H", "PT1H", "PT1H"));
        expected.forEach((code, waktu) -> {
            Sop sop = catalog.find(code).orElseThrow();
            assertThat(sop.steps()).extracting(SopStep::no)
                    .as(code).containsExactlyElementsOf(java.util.stream.IntStream.rangeClosed(1, waktu.size())
                            .boxed().toList());
            assertThat(sop.steps()).extracting(s -> s.waktu() == null ? null : s.waktu().toIso())
                    .as(code).containsExactlyElementsOf(waktu);
        });
    }

    @Test
    void keepsTheWaktuTextAsWritten() {
        Sop kemlagi = catalog.find("kemlagi-pengumpulan-data-kinerja").orElseThrow();
        assertThat(kemlagi.step(1).orElseThrow().waktuText()).isEqualTo("3");
        Sop tanjunganom = catalog.find("tanjunganom-mekanisme-pengumpulan-data-kinerja").orElseThrow();
        assertThat(tanjunganom.step(3).orElseThrow().waktuText()).isEqualTo("3 hari");
        assertThat(tanjunganom.step(3).orElseThrow().waktu()).isEqualTo(MutuBakuWaktu.parseIso("P3D"));
    }

    @Test
    void sidoarjoVerificationIsADecisionThatLoopsBackToTheCollectingStep() {
        Sop sidoarjo = catalog.find("sidoarjo-perencanaan-pengumpulan-data-kinerja").orElseThrow();
        SopStep verification = sidoarjo.step(8).orElseThrow();
        assertThat(verification.decision()).isEqualTo(new Decision(9, 7));
        assertThat(verification.verification()).isTrue();
        assertThat(sidoarjo.steps()).filteredOn(SopStep::isDecision).hasSize(1);
    }

    @Test
    void matchesRoleAliasesIgnoringCaseAndSpaces() {
        Sop kemlagi = catalog.find("kemlagi-pengumpulan-data-kinerja").orElseThrow();
        assertThat(kemlagi.resolveRole("  sekretaris   KECAMATAN ")).contains("Sekcam");
        assertThat(kemlagi.resolveRole("staf")).contains("Staff");
        assertThat(kemlagi.resolveRole("Kasi / Kasubbag")).contains("Kasi/Kasubbag");
        assertThat(kemlagi.resolveRole("Bupati")).isEmpty();
    }

    @Test
    void keepsKemlagiOrganisationAndHeader() {
        Sop kemlagi = catalog.find("kemlagi-pengumpulan-data-kinerja").orElseThrow();
        assertThat(kemlagi.nomor()).isEqualTo("800/ /416-315/2021");
        assertThat(kemlagi.tanggalPembuatan()).isEqualTo("2021-01-31");
        assertThat(kemlagi.tanggalRevisi()).isNull();
        assertThat(kemlagi.roleNames()).containsExactly("Camat", "Sekcam", "Kasi/Kasubbag", "Staff");
        assertThat(kemlagi.step(1).orElseThrow().executors()).containsExactly("Camat");
        assertThat(kemlagi.step(1).orElseThrow().kelengkapan()).containsExactly("Nota Dinas");
        assertThat(kemlagi.documentation().organisasi()).containsKeys("penanggung_jawab", "unit_pengelola_data",
                "unit_penyuplai_data");
        assertThat(kemlagi.documentation().dasarHukum()).hasSize(10);
    }

    @Test
    void knowsWhichSopsAreRatified() {
        assertThat(catalog.sops()).filteredOn(Sop::ratified).extracting(Sop::code).containsExactlyInAnyOrder(
                "sidoarjo-perencanaan-pengumpulan-data-kinerja",
                "waykanan-bpkad-pengumpulan-data-kinerja-1",
                "waykanan-bpkad-pengumpulan-data-kinerja-2");
    }
}
