package id.patuh.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Every catalog error names file, line and field, and nothing of a broken catalog loads. */
class CatalogValidationTests {

    /** A small valid SOP; the tests break one thing at a time. */
    static final String VALID = sample();

    @TempDir
    Path dir;

    @Test
    void loadsAValidFile() throws IOException {
        write("contoh-sop.yaml", VALID);
        SopCatalog catalog = new CatalogLoader().loadDirectory(dir);
        Sop sop = catalog.find("contoh-sop").orElseThrow();
        assertThat(sop.steps()).extracting(s -> s.waktu().toIso()).containsExactly("PT5M", "PT1H", "P3D");
        assertThat(sop.step(2).orElseThrow().decision()).isEqualTo(new Decision(3, 1));
        assertThat(sop.tanggalEfektif()).isEqualTo("2021-02");
    }

    @Test
    void executorsAreReadFromTheSopUnlessMarkedInferred() throws IOException {
        write("contoh-sop.yaml", VALID.replace("executors: [Camat]", "executors: [Camat]\n    executors_inferred: true"));
        Sop sop = new CatalogLoader().loadDirectory(dir).find("contoh-sop").orElseThrow();

        assertThat(sop.steps()).extracting(SopStep::executorsInferred).containsExactly(true, false, false);
        assertThat(SopView.of(sop).steps()).extracting(SopView.StepView::executorsInferred)
                .containsExactly(true, false, false);
    }

    @Test
    void refusesAnInferredMarkThatIsNotTrueOrFalse() throws IOException {
        write("contoh-sop.yaml", VALID.replace("executors: [Camat]", "executors: [Camat]\n    executors_inferred: mungkin"));
        assertThat(problems()).singleElement().satisfies(p -> {
            assertThat(p.field()).isEqualTo("steps[0].executors_inferred");
            assertThat(p.line()).isEqualTo(20);
        });
    }

    @Test
    void refusesUnparseableWaktuWithLineAndField() throws IOException {
        write("contoh-sop.yaml", VALID.replace("\"5 menit\"", "\"sebentar\""));
        assertThat(problems()).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo("contoh-sop.yaml");
            assertThat(p.line()).isEqualTo(21);
            assertThat(p.field()).isEqualTo("steps[0].waktu");
            assertThat(p.message()).contains("sebentar");
        });
    }

    @Test
    void refusesABareNumberWhenTheSopDoesNotSayItsUnit() throws IOException {
        write("contoh-sop.yaml", VALID.replace("waktu_satuan: menit\n", ""));
        assertThat(problems()).singleElement().satisfies(p -> {
            assertThat(p.field()).isEqualTo("steps[1].waktu");
            assertThat(p.line()).isEqualTo(25);
            assertThat(p.message()).contains("waktu_satuan");
        });
    }

    @Test
    void refusesAStepRoleThatIsNotAmongTheRoles() throws IOException {
        write("contoh-sop.yaml", VALID.replace("executors: [Camat]", "executors: [Bupati]"));
        assertThat(problems()).singleElement().satisfies(p -> {
            assertThat(p.field()).isEqualTo("steps[0].executors");
            assertThat(p.line()).isEqualTo(19);
            assertThat(p.message()).contains("Bupati");
        });
    }

    @Test
    void refusesDuplicateStepNumbers() throws IOException {
        write("contoh-sop.yaml", VALID.replace("  - no: 3", "  - no: 2").replace("{ya: 3, tidak: 1}", "{ya: 1, tidak: 1}"));
        assertThat(problems()).singleElement().satisfies(p -> {
            assertThat(p.field()).isEqualTo("steps[2].no");
            assertThat(p.line()).isEqualTo(28);
            assertThat(p.message()).contains("ganda").contains("duplicate");
        });
    }

    @Test
    void refusesADecisionTargetThatDoesNotExist() throws IOException {
        write("contoh-sop.yaml", VALID.replace("{ya: 3, tidak: 1}", "{ya: 9, tidak: 1}"));
        assertThat(problems()).singleElement().satisfies(p -> {
            assertThat(p.field()).isEqualTo("steps[1].decision");
            assertThat(p.line()).isEqualTo(27);
            assertThat(p.message()).contains("9");
        });
    }

    @Test
    void reportsEveryFieldProblemOfAFileInOnePass() throws IOException {
        write("contoh-sop.yaml", VALID
                .replace("nomor: null", "nomer: null")
                .replace("\"2021-01-31\"", "\"31 Januari 2021\""));
        assertThat(problems()).extracting(CatalogProblem::field)
                .containsExactlyInAnyOrder("nomer", "tanggal_pembuatan");
    }

    @ParameterizedTest
    @ValueSource(strings = {"2024-02-31", "2023-02-29", "2021-04-31", "2021-00"})
    void refusesADateThatIsNotOnTheCalendarWithFileLineAndField(String date) throws IOException {
        write("contoh-sop.yaml", VALID.replace("tanggal_efektif: \"2021-02\"", "tanggal_efektif: \"" + date + "\""));
        assertThat(problems()).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo("contoh-sop.yaml");
            assertThat(p.line()).isEqualTo(8);
            assertThat(p.field()).isEqualTo("tanggal_efektif");
            assertThat(p.message()).contains(date);
        });
    }

    @ParameterizedTest
    @CsvSource({"2024-02-29, 2024-02-29", "2019-09, 2019-09-01", "2022, 2022-01-01"})
    void acceptsADayAMonthOrAYearAndTakesItsFirstDay(String date, LocalDate firstDay) throws IOException {
        write("contoh-sop.yaml", VALID.replace("tanggal_efektif: \"2021-02\"", "tanggal_efektif: \"" + date + "\""));
        Sop sop = new CatalogLoader().loadDirectory(dir).find("contoh-sop").orElseThrow();

        assertThat(sop.tanggalEfektif()).isEqualTo(date);
        assertThat(SopVersions.effectiveFrom(sop)).isEqualTo(firstDay);
    }

    @Test
    void refusesAnAliasThatWouldMeanTwoRoles() throws IOException {
        write("contoh-sop.yaml", VALID.replace("aliases: [Staff]", "aliases: [kepala  kecamatan]"));
        assertThat(problems()).singleElement().satisfies(p -> assertThat(p.field()).isEqualTo("roles"));
    }

    @Test
    void refusesYamlSyntaxErrorsWithTheirLine() throws IOException {
        write("contoh-sop.yaml", VALID.replace("name: SOP Contoh", "name: [SOP Contoh"));
        assertThat(problems()).singleElement().satisfies(p -> {
            assertThat(p.field()).isEqualTo("(sintaks)");
            assertThat(p.line()).isGreaterThan(1);
        });
    }

    @Test
    void refusesACodeThatDiffersFromTheFileNameAndDuplicateCodes() throws IOException {
        write("contoh-sop.yaml", VALID);
        write("lain.yaml", VALID);
        assertThat(problems()).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo("lain.yaml");
            assertThat(p.field()).isEqualTo("code");
        });
    }

    @Test
    void refusesTextThatIsNotUtf8() throws IOException {
        Files.write(dir.resolve("contoh-sop.yaml"), VALID.replace("Contoh\nsource", "Cont\u00f6h\nsource")
                .getBytes(StandardCharsets.ISO_8859_1));
        assertThat(problems()).singleElement().satisfies(p -> assertThat(p.file()).isEqualTo("contoh-sop.yaml"));
    }

    @Test
    void refusesAnEmptyFolder() {
        assertThatThrownBy(() -> new CatalogLoader().loadDirectory(dir))
                .isInstanceOf(CatalogValidationException.class)
                .hasMessageContaining("*.yaml");
    }

    @Test
    void messageListsEveryProblemAsFileLineField() throws IOException {
        write("contoh-sop.yaml", VALID.replace("\"5 menit\"", "\"sebentar\""));
        assertThatThrownBy(() -> new CatalogLoader().loadDirectory(dir))
                .hasMessageContaining("contoh-sop.yaml:21: steps[0].waktu:");
    }

    static String sample() {
        try {
            return Files.readString(Path.of("src/test/resources/samples/contoh-sop.yaml"));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private List<CatalogProblem> problems() {
        try {
            new CatalogLoader().loadDirectory(dir);
        } catch (CatalogValidationException e) {
            return e.problems();
        }
        throw new AssertionError("catalog was accepted");
    }

    private void write(String name, String content) throws IOException {
        Files.writeString(dir.resolve(name), content);
    }
}
