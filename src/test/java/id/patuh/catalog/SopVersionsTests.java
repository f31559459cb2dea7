package id.patuh.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Several files hold versions of one SOP code, told apart by tanggal_efektif (semantics v2). */
class SopVersionsTests {

    private static final String CODE = "sidoarjo-perencanaan-pengumpulan-data-kinerja";
    private static final Path CURRENT = Path.of("sop-catalog", CODE + ".yaml");
    private static final Path OLDER = Path.of("src/test/resources/sop-versions", CODE + "@2023-06-13.yaml");

    @TempDir
    Path dir;

    @BeforeEach
    void copyBothVersions() throws IOException {
        Files.copy(CURRENT, dir.resolve(CURRENT.getFileName()));
        Files.copy(OLDER, dir.resolve(OLDER.getFileName()));
    }

    @Test
    void loadsEveryVersionOfACodeOldestFirstAndServesTheLatestAsCurrent() {
        SopCatalog catalog = new CatalogLoader().loadDirectory(dir);

        assertThat(catalog.size()).isEqualTo(1);
        assertThat(catalog.find(CODE).orElseThrow().tanggalEfektif()).isEqualTo("2024-03-12");
        assertThat(catalog.versions(CODE).orElseThrow().oldestFirst()).extracting(Sop::tanggalEfektif)
                .containsExactly("2023-06-13", "2024-03-12");
        assertThat(catalog.sops()).singleElement().extracting(Sop::tanggalEfektif).isEqualTo("2024-03-12");
    }

    @Test
    void theVersionInForceIsTheLatestEffectiveOnOrBeforeTheDay() {
        SopVersions versions = new CatalogLoader().loadDirectory(dir).versions(CODE).orElseThrow();

        assertThat(versions.inForceOn(LocalDate.of(2024, 3, 11)).label()).isEqualTo("2023-06-13");
        assertThat(versions.inForceOn(LocalDate.of(2024, 3, 12)).label()).isEqualTo("2024-03-12");
        assertThat(versions.inForceOn(LocalDate.of(2024, 3, 11)).superseded()).isTrue();
        assertThat(versions.inForceOn(LocalDate.of(2024, 3, 12)).superseded()).isFalse();
    }

    @Test
    void aDayBeforeTheFirstVersionIsJudgedByTheFirstVersionAndSaysSo() {
        SopVersions versions = new CatalogLoader().loadDirectory(dir).versions(CODE).orElseThrow();

        SopVersions.SopInForce before = versions.inForceOn(LocalDate.of(2023, 6, 12));
        assertThat(before.label()).isEqualTo("2023-06-13");
        assertThat(before.beforeFirstVersion()).isTrue();
        assertThat(versions.inForceOn(LocalDate.of(2023, 6, 13)).beforeFirstVersion()).isFalse();
    }

    @Test
    void aPartialDateTakesEffectOnItsFirstDay() {
        Sop sop = new CatalogLoader().loadDirectory(dir).find(CODE).orElseThrow();
        assertThat(SopVersions.firstDayOf("2022")).isEqualTo(LocalDate.of(2022, 1, 1));
        assertThat(SopVersions.firstDayOf("2019-09")).isEqualTo(LocalDate.of(2019, 9, 1));
        assertThat(SopVersions.single(sop).inForceOn(LocalDate.of(2024, 3, 12)).beforeFirstVersion()).isFalse();
    }

    @Test
    void refusesTwoVersionsWithTheSameEffectiveDateNamingFileAndLine() throws IOException {
        Files.writeString(dir.resolve(CODE + "@2024-03-12.yaml"), Files.readString(OLDER)
                .replace("tanggal_efektif: \"2023-06-13\"", "tanggal_efektif: \"2024-03-12\""));

        assertThat(problems()).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo(CODE + "@2024-03-12.yaml");
            assertThat(p.line()).isEqualTo(13);
            assertThat(p.field()).isEqualTo("tanggal_efektif");
            assertThat(p.message()).contains("2024-03-12").contains(CODE + ".yaml:21");
        });
    }

    @Test
    void refusesAVersionWithoutEffectiveDateWhenTheCodeHasSeveral() throws IOException {
        Files.delete(dir.resolve(OLDER.getFileName()));
        Files.writeString(dir.resolve(CODE + "@undated.yaml"), "# undated\n" + Files.readString(CURRENT)
                .replace("tanggal_efektif: \"2024-03-12\"", "tanggal_efektif: null"));

        assertThat(problems()).extracting(CatalogProblem::file).contains(CODE + "@undated.yaml");
    }

    @Test
    void refusesAVersionFileWhoseSuffixIsNotItsEffectiveDate() throws IOException {
        Files.move(dir.resolve(OLDER.getFileName()), dir.resolve(CODE + "@2023-01-01.yaml"));

        assertThat(problems()).singleElement().satisfies(p -> {
            assertThat(p.field()).isEqualTo("code");
            assertThat(p.message()).contains("<kode>@<tanggal_efektif>");
        });
    }

    @Test
    void aDraftIsAddedAsANewVersionOfItsCode() {
        SopCatalog catalog = new CatalogLoader().loadDirectory(dir);
        Sop current = catalog.find(CODE).orElseThrow();
        Sop draft = redated(current, "2025-01-02");

        SopCatalog withDraft = catalog.withVersion(draft);

        assertThat(withDraft.find(CODE).orElseThrow()).isSameAs(draft);
        assertThat(withDraft.versions(CODE).orElseThrow().oldestFirst()).hasSize(3);
        assertThat(catalog.versions(CODE).orElseThrow().oldestFirst()).as("the original is unchanged").hasSize(2);
    }

    @Test
    void aDraftWithAnExistingEffectiveDateIsRefused() {
        SopCatalog catalog = new CatalogLoader().loadDirectory(dir);
        Sop draft = redated(catalog.find(CODE).orElseThrow(), "2023-06-13");

        assertThatThrownBy(() -> catalog.withVersion(draft)).isInstanceOf(CatalogValidationException.class)
                .hasMessageContaining("2023-06-13");
    }

    private static Sop redated(Sop sop, String tanggalEfektif) {
        return new Sop(sop.code(), sop.name(), sop.instansi(), sop.source(), sop.nomor(), sop.tanggalPembuatan(),
                sop.tanggalRevisi(), tanggalEfektif, sop.disahkanOleh(), sop.penandatangan(), sop.units(),
                sop.dayCounting(), sop.roles(), sop.steps(), sop.documentation());
    }

    private List<CatalogProblem> problems() {
        try {
            new CatalogLoader().loadDirectory(dir);
        } catch (CatalogValidationException e) {
            return e.problems();
        }
        throw new AssertionError("catalog was accepted");
    }
}
