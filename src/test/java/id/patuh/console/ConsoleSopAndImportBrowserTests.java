package id.patuh.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import id.patuh.catalog.CatalogService;
import id.patuh.catalog.Sop;
import id.patuh.catalog.SopStep;

/**
 * The SOP sheet and the upload page in a real browser: an operator uploads a file with bad rows
 * and reads them with their lines and reasons; the Sidoarjo sheet draws every step on its row in
 * its Pelaksana's column, both branches of its decision, fits the screen and prints on A4
 * landscape pages.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"patuh.security.enabled=true", "patuh.evaluation.sweep-on-start=false"})
class ConsoleSopAndImportBrowserTests {

    @LocalServerPort
    int port;

    @Autowired
    CatalogService catalog;

    @Test
    void anOperatorUploadsAFileAndReadsItsRefusedRows() throws Exception {
        Path file = Files.createTempDirectory(ConsoleBrowser.BUILD_DIR.resolve("tmp"), "unggah-")
                .resolve("kegiatan-uji.csv");
        Files.writeString(file, ImportPageIntegrationTests.UPLOAD.replace("imp-", "brw-"), StandardCharsets.UTF_8);
        try (ConsoleBrowser browser = ConsoleBrowser.open(port)) {
            // headless Chromium asks for English whatever its --lang: choose Indonesian as a user would
            // (the patuh-lang cookie), since this test reads the pages' Indonesian words
            browser.signIn("operator-kemlagi", "operator-pw").go("/console?lang=id").go("/console/import");
            browser.byTestId("import-file").sendKeys(file.toAbsolutePath().toString());
            browser.byTestId("import-submit").click();

            WebElement errors = browser.byTestId("row-errors");
            List<WebElement> rows = errors.findElements(By.cssSelector("tbody tr"));
            assertThat(rows).extracting(r -> r.getAttribute("data-line")).containsExactly("3", "5", "6");
            assertThat(rows).extracting(r -> r.findElement(By.cssSelector("td:nth-child(3)")).getText())
                    .containsExactly("finished_at", "unit", "started_at");
            assertThat(rows.get(0).getText()).contains("kemarin");
            assertThat(rows.get(1).getText()).contains("bukan wewenang Anda");
            assertThat(rows.get(2).getText()).contains("wajib diisi");
            assertThat(browser.find(By.cssSelector("[data-testid='count-accepted'] dd")).getText()).isEqualTo("3");
            assertThat(browser.find(By.cssSelector("[data-testid='count-rejected'] dd")).getText()).isEqualTo("3");

            WebElement download = browser.byTestId("refused-download");
            assertThat(download.getAttribute("href")).matches(".*/console/import/[0-9a-f]{32}/ditolak\\.csv");
            // fetch's text() drops the byte order mark the file starts with
            String csv = fetch(browser, download.getAttribute("href"));
            assertThat(csv).startsWith(ImportPageIntegrationTests.HEADER + ",baris,alasan")
                    .contains("brw-2").contains("brw-4").contains("brw-5").doesNotContain("brw-1,");
            assertThat(browser.find(By.cssSelector("[data-testid='recent-imports']")).getText())
                    .contains("kegiatan-uji.csv");
            browser.find(By.cssSelector("[data-testid='import-result']"));
            ((JavascriptExecutor) browser.driver()).executeScript(
                    "document.querySelector('[data-testid=import-result]').scrollIntoView()");
            assertThat(Files.size(browser.screenshot("unggah-hasil"))).isGreaterThan(10_000);
        }
    }

    @Test
    void theSidoarjoSheetDrawsEveryStepAndBothBranchesOfItsDecision() throws Exception {
        Sop sop = catalog.find(SopSheetIntegrationTests.SIDOARJO).orElseThrow();
        try (ConsoleBrowser browser = ConsoleBrowser.open(port)) {
            browser.signIn("inspektur", "inspektur-pw");
            assertThat(browser.driver().findElements(By.cssSelector("[data-testid='unit-select']")))
                    .as("the report forms offer the caller's tenants").hasSize(2)
                    .allSatisfy(select -> assertThat(select.findElements(By.tagName("option")))
                            .extracting(o -> o.getAttribute("value"))
                            .containsExactly("kec-kemlagi", "setda-sidoarjo-perencanaan"));
            browser.go("/console/sops/" + sop.code());
            browser.waitFor(By.cssSelector("svg.flowchart"));

            List<WebElement> symbols = browser.driver().findElements(By.cssSelector("[data-step]"));
            assertThat(symbols).hasSize(sop.steps().size());
            assertThat(symbols).extracting(s -> Integer.parseInt(s.getAttribute("data-step")))
                    .containsExactlyElementsOf(IntStream.rangeClosed(1, sop.steps().size()).boxed().toList());
            assertThat(browser.find(By.cssSelector("[data-step='8']")).getAttribute("data-symbol")).isEqualTo("decision");
            assertBranch(browser, "ya", "9");
            assertBranch(browser, "tidak", "7");
            assertSymbolsSitOnTheirRowsAndColumns(browser, sop);
            assertThat(browser.byTestId("monitoring-links").getText()).contains("setda-sidoarjo-perencanaan");

            Object width = ((JavascriptExecutor) browser.driver())
                    .executeScript("return document.documentElement.scrollWidth");
            assertThat(((Number) width).intValue()).as("no sideways scrolling at 1366 px").isLessThanOrEqualTo(1366);
            ((JavascriptExecutor) browser.driver()).executeScript(
                    "document.querySelector('.sop-page').scrollIntoView()");
            assertThat(Files.size(browser.screenshot("sop-sidoarjo"))).isGreaterThan(10_000);
            long height = ((Number) ((JavascriptExecutor) browser.driver())
                    .executeScript("return document.documentElement.scrollHeight")).longValue();
            browser.driver().manage().window().setSize(new Dimension(1366, (int) Math.min(height + 140, 4000)));
            assertThat(Files.size(browser.screenshot("sop-sidoarjo-lengkap"))).isGreaterThan(10_000);
            List<WebElement> pages = browser.driver().findElements(By.cssSelector(".sop-page"));
            Files.write(ConsoleBrowser.SCREENSHOTS.resolve("sop-sidoarjo-halaman-" + pages.size() + ".png"),
                    pages.get(pages.size() - 1).getScreenshotAs(OutputType.BYTES));

            assertPrintsOnA4LandscapePages(browser,
                    browser.driver().findElements(By.cssSelector(".sop-page")).size());

            // a meeting step: one symbol, its other Pelaksana dashed beside it
            browser.go("/console/sops/waykanan-bpkad-pengumpulan-data-kinerja-2");
            assertThat(browser.driver().findElements(By.cssSelector("[data-participant='4']"))).hasSize(2);
            assertThat(browser.driver().findElements(By.cssSelector("[data-step='4']"))).hasSize(1);
            assertThat(Files.size(browser.screenshot("sop-waykanan-2"))).isGreaterThan(10_000);
        }
    }

    private static void assertBranch(ConsoleBrowser browser, String branch, String to) {
        List<WebElement> arrows = browser.driver().findElements(By.cssSelector("path.arrow[data-branch='" + branch + "']"));
        assertThat(arrows).as(branch).isNotEmpty().allSatisfy(a -> {
            assertThat(a.getAttribute("data-from")).isEqualTo("8");
            assertThat(a.getAttribute("data-to")).isEqualTo(to);
        });
        assertThat(browser.driver().findElements(By.cssSelector("text[data-label='" + branch + "']"))).hasSize(1);
    }

    /** Each symbol's centre is on its step's table row and in its first Pelaksana's column. */
    @SuppressWarnings("unchecked")
    private static void assertSymbolsSitOnTheirRowsAndColumns(ConsoleBrowser browser, Sop sop) {
        Map<String, String> roles = new LinkedHashMap<>();
        for (SopStep step : sop.steps()) {
            roles.put(String.valueOf(step.no()), step.executors().get(0));
        }
        List<Map<String, Object>> placed = (List<Map<String, Object>>) ((JavascriptExecutor) browser.driver())
                .executeScript("""
                        const roles = arguments[0]; const out = [];
                        document.querySelectorAll('.sop-page').forEach(page => {
                          page.querySelectorAll('path[data-step]').forEach(s => {
                            const n = s.getAttribute('data-step'); const r = s.getBoundingClientRect();
                            const row = page.querySelector('tr[data-row-step="' + n + '"]').getBoundingClientRect();
                            const col = page.querySelector('th[data-role="' + roles[n] + '"]').getBoundingClientRect();
                            out.push({step: n, x: r.left + r.width / 2, y: r.top + r.height / 2,
                                      rowY: row.top + row.height / 2, colX: col.left + col.width / 2});
                          });
                        });
                        return out;""", roles);
        assertThat(placed).hasSize(sop.steps().size());
        for (Map<String, Object> p : placed) {
            double y = ((Number) p.get("y")).doubleValue();
            double x = ((Number) p.get("x")).doubleValue();
            assertThat(y).as("step %s on its row", p.get("step")).isCloseTo(((Number) p.get("rowY")).doubleValue(),
                    within(3.0));
            assertThat(x).as("step %s in its column", p.get("step")).isCloseTo(((Number) p.get("colX")).doubleValue(),
                    within(3.0));
        }
    }

    /** Chromium's own print to PDF: the identity block on one page, then one page per flowchart table. */
    private static void assertPrintsOnA4LandscapePages(ConsoleBrowser browser, int tablePages) throws Exception {
        Map<String, Object> pdf = ((ChromeDriver) browser.driver()).executeCdpCommand("Page.printToPDF",
                Map.of("preferCSSPageSize", true, "printBackground", true));
        byte[] bytes = Base64.getDecoder().decode((String) pdf.get("data"));
        Files.write(Files.createDirectories(ConsoleBrowser.SCREENSHOTS).resolve("sop-sidoarjo.pdf"), bytes);
        try (PDDocument document = Loader.loadPDF(bytes)) {
            assertThat(document.getNumberOfPages()).isEqualTo(1 + tablePages);
            PDRectangle page = document.getPage(0).getMediaBox();
            assertThat(page.getWidth()).as("landscape").isGreaterThan(page.getHeight());
            assertThat(page.getWidth()).isCloseTo(PDRectangle.A4.getHeight(), within(2f));
        }
    }

    private static String fetch(ConsoleBrowser browser, String href) {
        browser.driver().manage().timeouts().scriptTimeout(Duration.ofSeconds(15));
        return (String) ((JavascriptExecutor) browser.driver()).executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                        + "fetch(arguments[0]).then(r => r.text()).then(done, e => done('ERROR ' + e));", href);
    }
}
