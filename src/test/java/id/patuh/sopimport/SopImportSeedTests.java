package id.patuh.sopimport;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import id.patuh.catalog.CatalogService;
import id.patuh.catalog.Sop;
import id.patuh.catalog.SopCatalog;

/**
 * The five seed scans, imported and compared field by field with the hand-made catalog: at
 * least 95 % of the fields agree, and every field that does not is among the draft's doubts.
 */
class SopImportSeedTests {

    static final List<String> SEEDS = List.of("000_11bcce06db78d3e7.txt", "001_be3c2c96ea1905a2.txt",
            "002_54eb973c6ad31c43.txt", "003_a99aa8b540c7cf42.txt", "004_a947354f45166391.txt");

    private final SopImportService service = new SopImportService(SopImportProperties.defaults());
    private final SopCatalog shipped = CatalogService.readDirectory(Path.of("sop-catalog"));

    @Test
    void reproducesTheShippedCatalogInAtLeast95PercentOfTheFieldsAndDoubtsEveryMiss(@TempDir Path dir)
            throws IOException {
        List<FieldAgreement.Field> fields = new ArrayList<>();
        List<Doubt> doubts = new ArrayList<>();
        for (String seed : SEEDS) {
            List<ImportedSop> drafts = service.read(seed, seed(seed));
            doubts.addAll(drafts.stream().flatMap(d -> d.doubts().stream()).toList());
            List<Sop> expected = shipped.sops().stream().filter(s -> seed.equals(s.source()))
                    .sorted(Comparator.comparing(Sop::code)).toList();
            assertThat(drafts).as(seed).hasSameSizeAs(expected);
            SopCatalog imported = load(dir.resolve(seed), drafts);
            for (int i = 0; i < drafts.size(); i++) {
                Sop actual = imported.find(drafts.get(i).code()).orElseThrow();
                fields.addAll(FieldAgreement.compare(expected.get(i), actual, drafts.get(i).code()));
            }
        }
        Map<String, List<FieldAgreement.Field>> bySop = fields.stream()
                .collect(Collectors.groupingBy(FieldAgreement.Field::sop, java.util.TreeMap::new, Collectors.toList()));
        bySop.forEach((sop, list) -> System.out.printf("AGREEMENT %s %d/%d = %.1f%%%n", sop,
                list.stream().filter(FieldAgreement.Field::agrees).count(), list.size(), 100.0 * list.stream()
                        .filter(FieldAgreement.Field::agrees).count() / list.size()));
        long agreeing = fields.stream().filter(FieldAgreement.Field::agrees).count();
        System.out.printf("AGREEMENT overall %d/%d = %.1f%%%n", agreeing, fields.size(), 100.0 * agreeing / fields.size());
        List<FieldAgreement.Field> misses = fields.stream().filter(f -> !f.agrees()).toList();
        misses.forEach(m -> System.out.println("MISS " + m));

        assertThat((double) agreeing / fields.size()).isGreaterThanOrEqualTo(0.95);
        assertThat(misses).allSatisfy(miss -> assertThat(doubts)
                .as("doubt for %s %s", miss.sop(), miss.name())
                .anyMatch(d -> d.sop().equals(miss.sop()) && d.field().equals(miss.name())));
    }

    static byte[] seed(String name) throws IOException {
        try (InputStream in = SopImportSeedTests.class.getResourceAsStream("/seeds/" + name)) {
            return in.readAllBytes();
        }
    }

    /** The drafts as the catalog's own loader reads them. */
    static SopCatalog load(Path dir, List<ImportedSop> drafts) throws IOException {
        Files.createDirectories(dir);
        for (ImportedSop draft : drafts) {
            Files.writeString(dir.resolve(draft.code() + ".yaml"), draft.yaml(), StandardCharsets.UTF_8);
        }
        return CatalogService.readDirectory(dir);
    }
}
