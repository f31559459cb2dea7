package id.patuh.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

class CatalogCommandTests {

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @Test
    void exportPrintsOnlyTheJsonArrayOfTheContractOnStdout() throws IOException {
        int exit = run("catalog", "export");

        assertThat(exit).isZero();
        JsonNode sops = new ObjectMapper().readTree(out.toString());
        assertThat(sops.isArray()).isTrue();
        assertThat(sops).hasSize(6);
        JsonNode kemlagi = find(sops, "kemlagi-pengumpulan-data-kinerja");
        assertThat(kemlagi.get("name").asText()).isNotBlank();
        assertThat(kemlagi.get("instansi").asText()).isEqualTo("Kecamatan Kemlagi, Kabupaten Mojokerto");
        assertThat(kemlagi.get("nomor").asText()).isEqualTo("800/ /416-315/2021");
        assertThat(kemlagi.get("tanggal_pembuatan").asText()).isEqualTo("2021-01-31");
        assertThat(kemlagi.get("tanggal_revisi").isNull()).isTrue();
        assertThat(kemlagi.get("tanggal_efektif").isNull()).isTrue();
        assertThat(kemlagi.get("source").asText()).isEqualTo("001_be3c2c96ea1905a2.txt");
        assertThat(kemlagi.get("roles")).extracting(JsonNode::asText)
                .containsExactly("Camat", "Sekcam", "Kasi/Kasubbag", "Staff");
        JsonNode first = kemlagi.get("steps").get(0);
        assertThat(first.get("no").asInt()).isEqualTo(1);
        assertThat(first.get("activity").asText()).isEqualTo("Memerintahkan penyusunan LAKIP");
        assertThat(first.get("executors")).extracting(JsonNode::asText).containsExactly("Camat");
        assertThat(first.get("kelengkapan")).extracting(JsonNode::asText).containsExactly("Nota Dinas");
        assertThat(first.get("waktu").asText()).isEqualTo("PT3M");
        assertThat(first.get("waktu_text").asText()).isEqualTo("3");
        assertThat(first.get("output").asText()).isEqualTo("Dokumen");
        assertThat(first.get("decision").isNull()).isTrue();

        JsonNode verification = find(sops, "sidoarjo-perencanaan-pengumpulan-data-kinerja").get("steps").get(7);
        assertThat(verification.get("decision").get("ya").asInt()).isEqualTo(9);
        assertThat(verification.get("decision").get("tidak").asInt()).isEqualTo(7);
        // every seed SOP lost its flowchart marks: all executors are inferred (rules v2)
        for (JsonNode sop : sops) {
            for (JsonNode step : sop.get("steps")) {
                assertThat(step.get("executors_inferred").asBoolean()).as(sop.get("code") + " " + step.get("no"))
                        .isTrue();
            }
        }
    }

    @Test
    void exportFallsBackToThePackagedCatalogWhenTheFolderIsMissing(@TempDir Path empty) throws IOException {
        int exit = run("catalog", "export", "--catalog", empty.resolve("none").toString());

        assertThat(exit).isZero();
        assertThat(new ObjectMapper().readTree(out.toString())).hasSize(6);
    }

    @Test
    void checkAcceptsTheSeedCatalog() {
        assertThat(run("catalog", "check", "sop-catalog")).isZero();
        assertThat(out.toString()).contains("6 SOP");
    }

    @Test
    void checkWarnsAboutEveryStepWithoutWaktuWithFileAndLine() {
        assertThat(run("catalog", "check", "sop-catalog")).isZero();

        assertThat(out.toString().lines().filter(l -> l.startsWith("peringatan / warning:")))
                .containsExactly("peringatan / warning: waykanan-bpkad-pengumpulan-data-kinerja-1.yaml:115: "
                        + "steps[5].waktu: langkah 6 tanpa waktu: durasinya tidak diperiksa / step 6 has no waktu: "
                        + "its duration is not checked");
    }

    @Test
    void checkPrintsNoWarningWhenEveryStepHasWaktu(@TempDir Path dir) throws IOException {
        Files.copy(Path.of("src/test/resources/samples/contoh-sop.yaml"), dir.resolve("contoh-sop.yaml"));

        assertThat(run("catalog", "check", dir.toString())).isZero();
        assertThat(out.toString()).doesNotContain("peringatan").contains("1 SOP");
    }

    @Test
    void exportListsEveryVersionNextToTheCurrentOne(@TempDir Path dir) throws IOException {
        String code = "sidoarjo-perencanaan-pengumpulan-data-kinerja";
        Files.copy(Path.of("sop-catalog", code + ".yaml"), dir.resolve(code + ".yaml"));
        Files.copy(Path.of("src/test/resources/sop-versions", code + "@2023-06-13.yaml"),
                dir.resolve(code + "@2023-06-13.yaml"));

        assertThat(run("catalog", "export", "--catalog", dir.toString())).isZero();

        JsonNode sops = new ObjectMapper().readTree(out.toString());
        assertThat(sops).hasSize(1);
        JsonNode sop = sops.get(0);
        assertThat(sop.get("tanggal_efektif").asText()).isEqualTo("2024-03-12");
        assertThat(sop.get("steps").get(6).get("waktu").asText()).isEqualTo("PT2H");
        assertThat(sop.get("versions")).extracting(v -> v.get("tanggal_efektif").asText())
                .containsExactly("2023-06-13", "2024-03-12");
        assertThat(sop.get("versions").get(0).get("steps").get(6).get("waktu").asText()).isEqualTo("P1D");
        assertThat(sop.get("versions").get(0).has("versions")).isFalse();
    }

    @Test
    void checkExitsNonZeroNamingFileLineAndField(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("contoh-sop.yaml"),
                Files.readString(Path.of("src/test/resources/samples/contoh-sop.yaml")).replace("\"5 menit\"", "\"lima\""));

        int exit = run("catalog", "check", dir.toString());

        assertThat(exit).isEqualTo(CatalogCommand.INVALID_CATALOG);
        assertThat(err.toString()).contains("contoh-sop.yaml:21: steps[0].waktu:").contains("lima");
        assertThat(out.toString()).isEmpty();
    }

    private int run(String... args) {
        return PatuhCli.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
    }

    private static JsonNode find(JsonNode sops, String code) {
        for (JsonNode sop : sops) {
            if (sop.get("code").asText().equals(code)) {
                return sop;
            }
        }
        throw new AssertionError("no SOP " + code);
    }
}
