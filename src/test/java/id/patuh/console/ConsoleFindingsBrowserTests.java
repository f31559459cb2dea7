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
 * in working time, and records a follow-up that then shows in the timeline. Screenshots of the
 * list, the detail and the page after the follow-up go to target/console-screenshots.
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

    @BeforeEach
    void data() {
        FindingTestData.load(ingest, findings);
    }

    @Test
    void anAuditorFiltersOpensALateStepAndRecordsAFollowUp() throws Exception {
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

            String note = "Asisten diminta menjelaskan keterlambatan disposisi";
            browser.find(By.cssSelector("[data-testid='form-tindak-lanjut'] textarea")).sendKeys(note);
            browser.find(By.cssSelector("[data-testid='form-tindak-lanjut'] button")).click();
            browser.waitForText(By.cssSelector("[data-testid='notice']"), "Tindak lanjut dicatat.");
            assertThat(browser.byTestId("status").getText()).isEqualTo("ditindaklanjuti");
            List<WebElement> timeline = browser.driver().findElements(By.cssSelector("[data-testid='timeline'] li"));
            WebElement last = timeline.get(timeline.size() - 1);
            assertThat(last.getAttribute("data-to")).isEqualTo("ditindaklanjuti");
            assertThat(last.getText()).contains(note).contains("inspektur").contains("terbuka");
            assertThat(browser.byTestId("decisions").getText()).doesNotContain("Buka kembali");
            ((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeScript(
                    "arguments[0].scrollIntoView()", browser.find(By.id("riwayat")));
            assertThat(Files.size(browser.screenshot("temuan-setelah-tindak-lanjut"))).isGreaterThan(10_000);
        }
        assertThat(findings.find(late.id()).orElseThrow().status()).isEqualTo(FindingStatus.DITINDAKLANJUTI);
    }

    /** htmx is loaded deferred: a filter changed before it runs would reload the page instead. */
    private static void waitForHtmx(ConsoleBrowser browser) {
        new WebDriverWait(browser.driver(), Duration.ofSeconds(10)).until(ExpectedConditions.jsReturnsValue(
                "return window.htmx ? true : null"));
    }
}
