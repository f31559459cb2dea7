package id.patuh.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

class CatalogImportCommandTests {

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @Test
    void writesOneDraftPerProcedureTableThatCatalogExportLoads(@TempDir Path dir) throws IOException {
        List<String> args = new ArrayList<>(List.of("catalog", "import"));
        for (String seed : List.of("000_11bcce06db78d3e7.txt", "003_a99aa8b540c7cf42.txt")) {
            args.add(copySeed(seed, dir).toString());
        }
        Path drafts = dir.resolve("drafts");
        args.addAll(List.of("--out", drafts.toString()));

        int exit = run(args.toArray(String[]::new));

        assertThat(exit).as(err.toString()).isZero();
        JsonNode report = new ObjectMapper().readTree(out.toString());
        assertThat(report.get("drafts")).extracting(d -> d.get("code").asText())
                .containsExactly("000-11bcce06db78d3e7", "003-a99aa8b540c7cf42-1", "003-a99aa8b540c7cf42-2");
        JsonNode doubt = report.get("doubts").get(0);
        assertThat(doubt.get("sop").asText()).isNotBlank();
        assertThat(doubt.get("field").asText()).isNotBlank();
        assertThat(doubt.get("line").asInt()).isPositive();
        assertThat(doubt.get("reason").asText()).contains(" / ");
        assertThat(Files.readString(drafts.resolve("003-a99aa8b540c7cf42-2.yaml")))
                .contains("# RAGU / DOUBT (baris / line 57): kolom Waktu berisi angka tanpa satuan")
                .contains("waktu_satuan: \"menit\"");

        StringWriter exported = new StringWriter();
        int exportExit = PatuhCli.run(new String[] {"catalog", "export", "--catalog", drafts.toString()},
                new PrintWriter(exported, true), new PrintWriter(err, true));
        assertThat(exportExit).isZero();
        JsonNode sops = new ObjectMapper().readTree(exported.toString());
        assertThat(sops).hasSize(3);
        assertThat(sops.get(2).get("steps")).hasSize(9);
        assertThat(sops.get(2).get("steps").get(4).get("waktu").asText()).isEqualTo("PT8H");
    }

    @Test
    void exitsNonZeroNamingTheFileWhenItHoldsNoProcedureTable(@TempDir Path dir) throws IOException {
        Path letter = Files.writeString(dir.resolve("surat.txt"), "Yth. Bapak Camat\nDengan hormat,\nTerima kasih.\n");

        int exit = run("catalog", "import", letter.toString(), "--out", dir.resolve("drafts").toString());

        assertThat(exit).isEqualTo(CatalogCommand.IMPORT_FAILED);
        assertThat(err.toString()).contains("surat.txt").contains("tidak ada tabel prosedur")
                .contains("no procedure table");
        assertThat(new ObjectMapper().readTree(out.toString()).get("drafts")).isEmpty();
        assertThat(dir.resolve("drafts")).doesNotExist();
    }

    @Test
    void neverOverwritesADraftAlreadyInTheFolder(@TempDir Path dir) throws IOException {
        Path seed = copySeed("000_11bcce06db78d3e7.txt", dir);
        Path drafts = dir.resolve("drafts");
        assertThat(run("catalog", "import", seed.toString(), "--out", drafts.toString())).isZero();
        Files.writeString(drafts.resolve("000-11bcce06db78d3e7.yaml"), "# checked by hand\n", java.nio.file.StandardOpenOption.APPEND);

        assertThat(run("catalog", "import", seed.toString(), "--out", drafts.toString())).isZero();

        assertThat(Files.readString(drafts.resolve("000-11bcce06db78d3e7.yaml"))).endsWith("# checked by hand\n");
        assertThat(Files.readString(drafts.resolve("000-11bcce06db78d3e7-v2.yaml")))
                .contains("code: \"000-11bcce06db78d3e7-v2\"");
    }

    private static Path copySeed(String name, Path dir) throws IOException {
        try (InputStream in = CatalogImportCommandTests.class.getResourceAsStream("/seeds/" + name)) {
            Path target = dir.resolve(name);
            Files.write(target, in.readAllBytes());
            return target;
        }
    }

    private int run(String... args) {
        return PatuhCli.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
    }
}
