package id.patuh.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;

import id.patuh.PatuhApplication;

/** The service refuses to start on a catalog with an error, and says where the error is. */
class InvalidCatalogStartupTests {

    @Test
    void refusesToStartNamingFileLineAndField(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("contoh-sop.yaml"),
                CatalogValidationTests.sample().replace("executors: [Camat]", "executors: [Bupati]"));
        SpringApplication app = new SpringApplication(PatuhApplication.class);
        app.setWebApplicationType(WebApplicationType.NONE);

        assertThatThrownBy(() -> app.run("--patuh.catalog.dir=" + dir, "--patuh.store.backend=memory"))
                .hasRootCauseInstanceOf(CatalogValidationException.class)
                .rootCause()
                .hasMessageContaining("contoh-sop.yaml:19: steps[0].executors:")
                .hasMessageContaining("Bupati");
    }

    @Test
    void failureAnalyzerExplainsWhatToDo() {
        CatalogValidationException failure = new CatalogValidationException(
                java.util.List.of(new CatalogProblem("a.yaml", 3, "steps[0].waktu", "x", "y")));
        var analysis = new CatalogFailureAnalyzer().analyze(failure);
        assertThat(analysis.getDescription()).startsWith("Katalog SOP tidak valid, 1 masalah / SOP catalog is invalid, 1 problem(s):")
                .contains("a.yaml:3: steps[0].waktu: x / y");
        // start-up speaks to an operator: both languages, as before the bundles
        assertThat(analysis.getAction()).isEqualTo("Perbaiki berkas katalog yang disebut, lalu jalankan lagi; periksa "
                + "dengan `java -jar target/patuh.jar catalog check sop-catalog`. / Fix the named catalog files and start "
                + "again; check them with `catalog check`.");
    }
}
