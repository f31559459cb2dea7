package id.patuh.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

import id.patuh.findings.FindingService;
import id.patuh.findings.FindingStatus;
import id.patuh.findings.FindingView;
import id.patuh.ingest.IngestService;

/**
 * An inspektorat auditor in a real browser: filters the findings list (htmx swaps the table and
 * the address follows), opens the late step 2 of the README's example case, reads why it is late
 * in working time; then an audit item's whole follow-up across two browsers. Screenshots go to
 * target/console-screenshots.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"patuh.security.enabled=true", "patuh.evaluation.sweep-on-start=false",
            "patuh.console.page-size=5"})
@Import(FindingTestData.FixedClock.class)
class ConsoleFindingsBrowserTests {

    @LocalServerPort
    int port;

    @Autowired
    IngestService ingest;

    @Autowired
    FindingService findings;

    @Autowired
    org.springframework.data.mongodb.core.MongoTemplate mongo;

    @BeforeEach
    void data() {
        FindingTestData.load(ingest, findings);
        FindingTestData.resetFollowUps(mongo);
    }

    @Test
    void anAuditorFiltersAndOpensALateStep() throws Exception {
        FindingView late = FindingTestData.finding(findings, FindingTestData.SIDOARJO_CASE, "DURATION_EXCEEDED",
                2);
        try (ConsoleBrowser browser = ConsoleBrowser.open(port)) {
            browser.signIn("inspektur", "inspektur-pw");
            browser.go("/console/findings");
            browser.waitForText(By.cssSelector("[data-testid='findings-count']"), "11 temuan");
            waitForHtmx(browser);

            new Select(browser.find(By.name("code"))).selectByValue("DURATION_EXCEEDED");
            browser.waitForText(By.cssSelector("[data-testid='findings-count']"), "3 temuan");
            new Select(browser.find(By.name("severity"))).selectByValue("sedang");
            browser.waitForText(By.cssSelector("[data-testid='findings-count']"), "2 temuan");
            assertThat(browser.currentPath()).as("htmx pushed the filter into the address")
                    .contains("code=DURATION_EXCEEDED").contains("severity=sedang");
            List<WebElement> rows = browser.driver().findElements(By.cssSelector("tr[data-finding]"));
            assertThat(rows).extracting(r -> r.getAttribute("data-code")).containsOnly("DURATION_EXCEEDED");
            assertThat(rows).extracting(r -> r.getAttribute("data-finding")).contains(late.id());
            assertThat(Files.size(browser.screenshot("temuan-daftar"))).isGreaterThan(10_000);

            browser.find(By.cssSelector("tr[data-finding='" + late.id() + "'] a")).click();
            browser.waitForText(By.cssSelector("[data-testid='explanation-headline']"), "Langkah 2");
            assertThat(browser.currentPath()).isEqualTo("/console/findings/" + late.id());
            assertThat(browser.byTestId("explanation-headline").getText()).isEqualTo(
                    "Langkah 2 memakai waktu kerja 2 j 35 m, standar 1 jam: lewat 1 j 35 m (2,58× standar).");
            assertThat(browser.byTestId("counted-days").getText()).contains("Selasa 2 April 2024")
                    .contains("08:45–11:20").contains("2 j 35 m");
            assertThat(browser.byTestId("skipped-days").getText())
                    .contains("Tidak ada hari libur atau akhir pekan yang dilewati");
            assertThat(browser.find(By.cssSelector("tr[data-event='sda-2024-tw1-2']")).getAttribute("class"))
                    .contains("cited");
            assertThat(browser.byTestId("status").getText()).isEqualTo("terbuka");
            assertThat(Files.size(browser.screenshot("temuan-rinci"))).isGreaterThan(10_000);

            assertThat(browser.byTestId("decisions").getText()).contains("Terima sebagai temuan audit")
                    .doesNotContain("Buka kembali");
        }
    }

    /**
     * The follow-up in two browsers: the auditor accepts the finding as an audit item, the unit's
     * operator reports what it did (with evidence ids), the auditor accepts it as sesuai.
     */
    @Test
    void anAuditItemGoesFromRecommendationThroughTheUnitsReportToSesuai() throws Exception {
        FindingView late = FindingTestData.finding(findings, FindingTestData.KEMLAGI_CASE, "DURATION_EXCEEDED");
        String page = "/console/findings/" + late.id();
        try (ConsoleBrowser auditor = ConsoleBrowser.open(port)) {
            auditor.signIn("inspektur", "inspektur-pw");
            auditor.go(page);
            auditor.find(By.cssSelector("[data-testid='form-rekomendasi'] textarea[name='rekomendasi']"))
                    .sendKeys("Camat menetapkan batas disposisi 1 jam kerja");
            auditor.find(By.cssSelector("[data-testid='form-rekomendasi'] input[name='penanggungJawab']"))
                    .sendKeys("Sekcam Kemlagi");
            ((org.openqa.selenium.JavascriptExecutor) auditor.driver()).executeScript("arguments[0].value = arguments[1]",
                    auditor.find(By.cssSelector("[data-testid='form-rekomendasi'] input[name='batasWaktu']")),
                    "2024-05-31");
            auditor.find(By.cssSelector("[data-testid='form-rekomendasi'] button")).click();
            auditor.waitForText(By.cssSelector("[data-testid='notice']"), "Temuan diterima sebagai temuan audit.");
            assertThat(auditor.byTestId("status").getText()).isEqualTo("belum_ditindaklanjuti");
            assertThat(auditor.byTestId("batas-waktu").getText()).isEqualTo("2024-05-31");
            assertThat(auditor.driver().findElements(By.cssSelector("[data-testid='form-tindak-lanjut']")))
                    .as("the auditor does not report for the unit").isEmpty();

            try (ConsoleBrowser unit = ConsoleBrowser.open(port)) {
                unit.signIn("operator-kemlagi", "operator-pw");
                unit.go(page);
                unit.find(By.cssSelector("[data-testid='form-tindak-lanjut'] textarea"))
                        .sendKeys("Nota dinas Camat tentang batas disposisi terbit");
                unit.find(By.cssSelector("[data-testid='form-tindak-lanjut'] input[name='bukti']")).sendKeys("nd-2024-17");
                unit.find(By.cssSelector("[data-testid='form-tindak-lanjut'] button")).click();
                unit.waitForText(By.cssSelector("[data-testid='notice']"), "Tindak lanjut dilaporkan.");
                assertThat(unit.byTestId("status").getText()).isEqualTo("dalam_proses");
                assertThat(unit.byTestId("riwayat-tindak-lanjut").getText()).contains("nd-2024-17");
                assertThat(unit.driver().findElements(By.cssSelector("[data-testid='form-sesuai']"))).isEmpty();
                assertThat(Files.size(unit.screenshot("temuan-tindak-lanjut-unit"))).isGreaterThan(10_000);
            }

            auditor.go(page);
            auditor.find(By.cssSelector("[data-testid='form-sesuai'] textarea")).sendKeys("Nota dinas diperiksa");
            auditor.find(By.cssSelector("[data-testid='form-sesuai'] button")).click();
            auditor.waitForText(By.cssSelector("[data-testid='notice']"), "Tindak lanjut diterima sesuai rekomendasi.");
            assertThat(auditor.byTestId("status").getText()).isEqualTo("sesuai");
            List<WebElement> timeline = auditor.driver().findElements(By.cssSelector("[data-testid='timeline'] li"));
            assertThat(timeline.get(timeline.size() - 1).getAttribute("data-to")).isEqualTo("sesuai");
            assertThat(auditor.byTestId("decisions").getText()).contains("Buka kembali");
            assertThat(Files.size(auditor.screenshot("temuan-sesuai"))).isGreaterThan(10_000);
        }
        FindingView settled = findings.find(late.id()).orElseThrow();
        assertThat(settled.status()).isEqualTo(FindingStatus.SESUAI);
        assertThat(settled.tindakLanjut().riwayat()).extracting(e -> e.actor())
                .containsExactly("inspektur", "operator-kemlagi", "inspektur");
    }

    /** htmx is loaded deferred: a filter changed before it runs would reload the page instead. */
    private static void waitForHtmx(ConsoleBrowser browser) {
        new WebDriverWait(browser.driver(), Duration.ofSeconds(10)).until(ExpectedConditions.jsReturnsValue(
                "return window.htmx ? true : null"));
    }
}
