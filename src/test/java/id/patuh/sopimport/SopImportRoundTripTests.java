package id.patuh.sopimport;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import id.patuh.catalog.CatalogService;
import id.patuh.catalog.Sop;
import id.patuh.catalog.SopCatalog;
import id.patuh.catalog.SopStep;
import id.patuh.sopimport.SheetGrid.Layout;

/**
 * Every catalog SOP written out as an office would (Word, Excel, PDF; merged header cells, Mutu
 * Baku sub-columns or not, Waktu in minutes, the header block before or after the table) and
 * imported back: identical to the catalog in every field the layout carries.
 */
class SopImportRoundTripTests {

    private static final SopCatalog SHIPPED = CatalogService.readDirectory(Path.of("sop-catalog"));
    private static final Map<String, Layout> LAYOUTS = Map.of(
            "docx", new Layout(false, true, false, "√"),
            "xlsx", new Layout(true, false, true, "√"),
            "pdf", new Layout(false, true, false, "v"),
            "pdf-minutes", new Layout(true, false, true, "X"));

    private final SopImportService service = new SopImportService(SopImportProperties.defaults());

    static Stream<Arguments> documents() {
        List<Arguments> cases = new ArrayList<>();
        for (String format : List.of("docx", "xlsx", "pdf", "pdf-minutes")) {
            for (String source : SopImportSeedTests.SEEDS) {
                cases.add(Arguments.of(format, source));
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("documents")
    void importsTheSheetBackAsTheCatalogWroteIt(String format, String source, @TempDir Path dir) throws IOException {
        List<Sop> sops = SHIPPED.sops().stream().filter(s -> source.equals(s.source())).toList();
        Layout layout = LAYOUTS.get(format);
        var grid = SheetGrid.of(sops, layout);
        byte[] file = switch (format) {
            case "docx" -> SheetFiles.docx(grid);
            case "xlsx" -> SheetFiles.xlsx(grid);
            default -> SheetFiles.pdf(grid);
        };
        String name = "sop." + (format.startsWith("pdf") ? "pdf" : format);

        List<ImportedSop> drafts = service.read(name, file);

        assertThat(drafts).hasSameSizeAs(sops);
        SopCatalog imported = SopImportSeedTests.load(dir, drafts);
        for (int i = 0; i < sops.size(); i++) {
            Sop expected = sops.get(i);
            Sop actual = imported.find(drafts.get(i).code()).orElseThrow();
            assertThat(FieldAgreement.compare(expected, actual, actual.code()))
                    .filteredOn(f -> !f.agrees() && !(layout.waktuInMinutes() && f.name().endsWith(".waktu")))
                    .as(format + " " + expected.code()).isEmpty();
            assertThat(actual.roleNames()).isEqualTo(expected.roleNames());
            for (int s = 0; s < expected.steps().size(); s++) {
                SopStep want = expected.steps().get(s);
                SopStep got = actual.steps().get(s);
                assertThat(got.activity()).isEqualTo(want.activity());
                assertThat(got.executors()).as("executors of step %d", s + 1).isEqualTo(want.executors());
                assertThat(got.waktu()).as("waktu of step %d", s + 1).isEqualTo(want.waktu());
            }
        }
    }
}
