package id.patuh.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import id.patuh.cases.DataKind;
import id.patuh.catalog.CatalogService;

/**
 * The "role not in the catalog" warning follows catalog reloads: a role text ingest has already
 * looked up is looked up again in the reloaded catalog.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE,
        properties = {"patuh.evaluation.sweep-on-start=false", "patuh.evaluation.on-ingest=false"})
class CatalogReloadRoleIntegrationTests {

    static final Path CATALOG = copyOfCatalog();
    static final String KEMLAGI_FILE = "kemlagi-pengumpulan-data-kinerja.yaml";
    static final String ROLE = "Pengadministrasi Umum";

    @DynamicPropertySource
    static void catalogFolder(DynamicPropertyRegistry registry) {
        registry.add("patuh.catalog.dir", CATALOG::toString);
    }

    @Autowired
    IngestService ingest;

    @Autowired
    CatalogService catalog;

    @Test
    void aRoleAddedByAReloadIsNoLongerWarnedAbout() throws IOException {
        assertThat(roleWarnings("reload-role-1")).as("before the reload").hasSize(1);

        Path kemlagi = CATALOG.resolve(KEMLAGI_FILE);
        Files.writeString(kemlagi, Files.readString(kemlagi).replace("aliases: [Staf]", "aliases: [Staf, " + ROLE + "]"));
        assertThat(catalog.reload().count()).isPositive();

        assertThat(roleWarnings("reload-role-2")).as("after the reload").isEmpty();
    }

    private Stream<RowWarning> roleWarnings(String eventId) {
        String csv = "event_id,sop_code,case_id,unit,step_no,actor_role,started_at\n" + eventId
                + ",kemlagi-pengumpulan-data-kinerja,reload-case,kec-kemlagi,3," + ROLE + ",2024-04-01T08:00:00+07:00\n";
        IngestReport report = ingest.ingest(DataKind.ACTIVITIES, InputFormat.CSV,
                new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), "test", IngestListener.NONE);
        assertThat(report.accepted()).isEqualTo(1);
        return report.warnings().stream().filter(w -> "actor_role".equals(w.field()));
    }

    private static Path copyOfCatalog() {
        try {
            Path dir = Files.createTempDirectory("catalog-");
            try (Stream<Path> files = Files.list(Path.of("sop-catalog"))) {
                for (Path file : files.filter(f -> f.toString().endsWith(".yaml")).toList()) {
                    Files.copy(file, dir.resolve(file.getFileName()));
                }
            }
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
