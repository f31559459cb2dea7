package id.patuh.report;

import static id.patuh.report.HeadlessChromium.attribute;
import static id.patuh.report.HeadlessChromium.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

import id.patuh.ingest.IngestService;

/**
 * The readiness page and the monitoring form as an evaluator opens them: in a real headless
 * Chromium on a 1366 px office laptop, with a screenshot kept under the build directory and the
 * key numbers read back from the DOM the browser built. On CI (CI=true) a missing Chromium fails
 * the test; on a developer's machine it skips it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "patuh.evaluation.sweep-on-start=false")
@Import(ExampleData.FixedClock.class)
class ReportBrowserIntegrationTests {

    /** Surefire points java.io.tmpdir at {build dir}/tmp, so its parent is target/ (or -Dpatuh.build.dir). */
    private static final Path BUILD_DIR = Path.of(System.getProperty("java.io.tmpdir")).getParent();

    @LocalServerPort
    int port;

    @Autowired
    IngestService ingest;

    private final HeadlessChromium chromium = new HeadlessChromium(BUILD_DIR.resolve("chromium"));

    @BeforeEach
    void chromiumAndTheExamples() throws Exception {
        if ("true".equals(System.getenv("CI"))) {
            assertThat(HeadlessChromium.installed()).as("CI installs chromium (.ci/run); it is missing at "
                    + HeadlessChromium.BINARY).isTrue();
        } else {
            assumeTrue(HeadlessChromium.installed(), "chromium is not installed here (apt-get install chromium)");
        }
        ExampleData.load(ingest);
    }

    @Test
    void anEvaluatorSeesWhetherTheUnitIsReadyAndWhy() throws Exception {
        String url = "http://127.0.0.1:" + port + "/reports/readiness?unit=" + ExampleData.UNIT + "&period=2024";
        Path png = BUILD_DIR.resolve("report-screenshots/readiness-" + ExampleData.UNIT + "-2024.png");
        chromium.screenshot(url, png, 1366, 2000);
        assertThat(Files.size(png)).isGreaterThan(20_000);

        String dom = chromium.dumpDom(url);
        assertThat(attribute(dom, "score", "data-value")).isEqualTo("39.1");
        assertThat(text(dom, "score")).isEqualTo("39,1");
        assertThat(text(dom, "band")).isEqualTo("C");
        assertThat(attribute(dom, "verdict", "data-ready")).isEqualTo("false");
        assertThat(text(dom, "verdict")).contains("belum siap");
        assertThat(text(dom, "kelengkapan-fraction")).isEqualTo("2 / 3");
        assertThat(attribute(dom, "kelengkapan-ratio", "data-value")).isEqualTo("0.6667");
        assertThat(text(dom, "ketepatan_waktu-fraction")).isEqualTo("1 / 2");
        assertThat(text(dom, "verifikasi-fraction")).isEqualTo("1 / 2");
        assertThat(text(dom, "validasi-fraction")).isEqualTo("0 / 2");
        String sop = ":sidoarjo-perencanaan-pengumpulan-data-kinerja";
        assertThat(text(dom, "mutu_baku" + sop + "-fraction")).isEqualTo("7 / 8");
        assertThat(text(dom, "urutan" + sop + "-fraction")).isEqualTo("0 / 1");
        assertThat(text(dom, "pelaksana" + sop + "-fraction")).isEqualTo("8 / 9");
        assertThat(text(dom, "open-tinggi")).isEqualTo("3");
        assertThat(text(dom, "open-sedang")).isEqualTo("4");
        assertThat(text(dom, "open-rendah")).isEqualTo("2");
        assertThat(text(dom, "penalty")).isEqualTo("- 13,5");
        assertThat(text(dom, "disclaimer")).contains("BUKAN hasil evaluasi SAKIP resmi");
        assertThat(dom).contains("sda-req-iku3").doesNotContain("http://cdn").doesNotContain("https://");
    }

    @Test
    void theInspektoratSeesTheMonitoringFormPreFilled() throws Exception {
        String url = "http://127.0.0.1:" + port + "/reports/monitoring?unit=" + ExampleData.UNIT + "&half=2024-S1";
        Path png = BUILD_DIR.resolve("report-screenshots/monitoring-" + ExampleData.UNIT + "-2024-S1.png");
        chromium.screenshot(url, png, 1366, 1200);
        assertThat(Files.size(png)).isGreaterThan(20_000);

        String dom = chromium.dumpDom(url);
        assertThat(text(dom, "unit")).isEqualTo(ExampleData.UNIT);
        assertThat(text(dom, "half")).isEqualTo("Semester I 2024 (2024-S1)");
        assertThat(dom).contains("[X] tidak berjalan dengan baik").contains("Paraf penilai");
        assertThat(attribute(dom, "penilaian-1", "data-berjalan-baik")).isEqualTo("false");
    }
}
