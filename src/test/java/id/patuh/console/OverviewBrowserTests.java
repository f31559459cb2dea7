package id.patuh.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.StandardCopyOption;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.fasterxml.jackson.databind.JsonNode;

import id.patuh.findings.FindingService;
import id.patuh.overview.OverviewHttp;
import id.patuh.overview.OverviewTestData;
import id.patuh.workload.DemoData;

/**
 * The overview as a Sekcam sees it on a phone (390×844) and an inspektur on a laptop (1366×900):
 * the numbers read from the page are the API's, the page fits the screen, every chart is labelled,
 * and it prints on A4. Screenshots and the PDF go under target/console-screenshots.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"patuh.demo=true", "patuh.evaluation.sweep-on-start=false", "patuh.security.enabled=true"})
@AutoConfigureObservability
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OverviewBrowserTests {

    private static final String TENANT = "kec-kemlagi";

    @LocalServerPort
    int port;

    @Autowired
    DemoData demo;

    @Autowired
    FindingService findings;

    String quarter;

    @BeforeAll
    void demoQuarterWithAnOverdueAuditItem() {
        quarter = demo.defaultQuarter().toString();
        OverviewTestData.makeOneOverdue(findings, TENANT);
    }

    @Test
    void aSekcamOnAPhoneReadsTheSameNumbersAsTheApi() throws Exception {
        JsonNode api = new OverviewHttp(port).json("/api/overview?period=" + quarter, "sekcam-kemlagi", "sekcam-pw");
        try (ConsoleBrowser browser = ConsoleBrowser.open(port)) {
            browser.driver().manage().window().setSize(new Dimension(390, 844));
            browser.signIn("sekcam-kemlagi", "sekcam-pw").go("/console?period=" + quarter);
            assertThat(api.path("headline").path("score").isNumber()).as("one unit: its readiness score").isTrue();
            assertHeadlineIs(browser, api.path("headline"));
            assertThat(browser.byTestId("slips-most").getText())
                    .contains(api.path("slips_most").path("step").path("activity").asText())
                    .contains(api.path("slips_most").path("step").path("overran").asText() + " dari "
                            + api.path("slips_most").path("step").path("finished").asText());
            assertThat(browser.driver().findElements(By.cssSelector("[data-testid='comparison']"))).isEmpty();
            assertThat(browser.driver().findElements(By.cssSelector(".ov-attention li")))
                    .extracting(li -> li.getAttribute("data-id"))
                    .containsExactlyElementsOf(api.path("attention").findValuesAsText("id"));
            assertChartsAreLabelled(browser, api);
            assertFitsTheScreen(browser, 390);
            assertThat(Files.size(browser.screenshot("overview-sekcam-390x844"))).isGreaterThan(10_000);
            fullPage(browser, 390);
            assertThat(Files.size(browser.screenshot("overview-sekcam-390-full"))).isGreaterThan(10_000);
            Files.copy(browser.byTestId("per-sop").getScreenshotAs(OutputType.FILE).toPath(),
                    ConsoleBrowser.SCREENSHOTS.resolve("overview-sekcam-390-per-sop.png"),
                    StandardCopyOption.REPLACE_EXISTING);
        }
    }

    @Test
    void anInspekturOnALaptopComparesTheUnitsAndPrintsOnA4() throws Exception {
        JsonNode api = new OverviewHttp(port).json("/api/overview?period=" + quarter, "inspektur", "inspektur-pw");
        try (ConsoleBrowser browser = ConsoleBrowser.open(port)) {
            browser.driver().manage().window().setSize(new Dimension(1366, 900));
            browser.signIn("inspektur", "inspektur-pw").go("/console?period=" + quarter);
            assertHeadlineIs(browser, api.path("headline"));
            List<WebElement> rows = browser.byTestId("comparison").findElements(By.cssSelector("tbody tr"));
            assertThat(rows).extracting(r -> r.getAttribute("data-unit"))
                    .containsExactly(TENANT, "setda-sidoarjo-perencanaan");
            for (int i = 0; i < rows.size(); i++) {
                JsonNode row = api.path("comparison").get(i);
                assertThat(rows.get(i).findElement(By.cssSelector("[data-col='open']")).getText())
                        .isEqualTo(row.path("open").path("value").asText());
                assertThat(rows.get(i).findElement(By.cssSelector("[data-col='overdue']")).getText())
                        .isEqualTo(row.path("overdue").path("value").asText());
            }
            assertFitsTheScreen(browser, 1366);
            assertThat(Files.size(browser.screenshot("overview-inspektur-1366x900"))).isGreaterThan(10_000);

            Map<String, Object> pdf = ((ChromeDriver) browser.driver()).executeCdpCommand("Page.printToPDF",
                    Map.of("preferCSSPageSize", true, "printBackground", true));
            byte[] bytes = Base64.getDecoder().decode((String) pdf.get("data"));
            Files.write(Files.createDirectories(ConsoleBrowser.SCREENSHOTS).resolve("overview-inspektur.pdf"), bytes);
            try (PDDocument document = Loader.loadPDF(bytes)) {
                PDRectangle page = document.getPage(0).getMediaBox();
                assertThat(page.getWidth()).as("A4 portrait").isCloseTo(PDRectangle.A4.getWidth(), within(2f));
                assertThat(page.getHeight()).isCloseTo(PDRectangle.A4.getHeight(), within(2f));
            }
        }
    }

    @Test
    void clickingEnglishShowsTheMenuAndTheOverviewInEnglishAndTheChoiceSticksUntilSwitchedBack() throws Exception {
        try (ConsoleBrowser browser = ConsoleBrowser.open(port)) {
            browser.driver().manage().window().setSize(new Dimension(1366, 900));
            browser.signIn("inspektur", "inspektur-pw").go("/console?period=" + quarter);
            assertThat(browser.find(By.tagName("html")).getAttribute("lang")).as("the test browser asks for id")
                    .isEqualTo("id");
            assertThat(menu(browser)).startsWith("Beranda", "Temuan");
            WebElement english = browser.byTestId("languages").findElement(By.linkText("English"));
            assertThat(english.getAttribute("aria-current")).isNull();
            english.click();
            browser.waitForText(By.tagName("h1"), "Compliance overview");
            assertThat(browser.currentPath()).as("the filter is kept").contains("period=" + quarter)
                    .contains("lang=en");
            assertThat(browser.find(By.tagName("html")).getAttribute("lang")).isEqualTo("en");
            assertThat(menu(browser)).startsWith("Home", "Findings");
            assertThat(browser.byTestId("headline").getText()).contains("steps within Mutu Baku")
                    .doesNotContain("langkah dalam Mutu Baku");
            assertThat(browser.find(By.id("tren-t")).getAttribute("textContent"))
                    .isEqualTo("Mutu Baku compliance by month");
            assertThat(browser.byTestId("languages").findElement(By.linkText("English")).getAttribute("aria-current"))
                    .isEqualTo("true");
            assertThat(Files.size(browser.screenshot("overview-inspektur-english"))).isGreaterThan(10_000);

            // the choice sticks: the next page, opened from the menu, is in English too
            browser.find(By.cssSelector(".topbar nav a[data-menu='temuan']")).click();
            browser.waitForText(By.tagName("h1"), "Findings");
            assertThat(browser.driver().getPageSource()).doesNotContain("Hapus filter");

            browser.byTestId("languages").findElement(By.linkText("Bahasa Indonesia")).click();
            browser.waitForText(By.tagName("h1"), "Temuan");
            browser.go("/console?period=" + quarter);
            assertThat(browser.find(By.tagName("h1")).getText()).startsWith("Ikhtisar kepatuhan");
            assertThat(menu(browser)).startsWith("Beranda", "Temuan");
        }
    }

    private static List<String> menu(ConsoleBrowser browser) {
        return browser.driver().findElements(By.cssSelector(".topbar nav a")).stream().map(WebElement::getText).toList();
    }

    /** Each headline figure as printed and as carried in its data attributes equals the API's. */
    private static void assertHeadlineIs(ConsoleBrowser browser, JsonNode h) {
        WebElement mutuBaku = browser.byTestId("fig-mutu-baku");
        assertThat(mutuBaku.getAttribute("data-numerator")).isEqualTo(h.path("mutu_baku").path("numerator").asText());
        assertThat(mutuBaku.getAttribute("data-denominator"))
                .isEqualTo(h.path("mutu_baku").path("denominator").asText());
        assertThat(mutuBaku.findElement(By.className("ov-value")).getText())
                .isEqualTo(Math.round(100 * h.path("mutu_baku").path("ratio").asDouble()) + " %");
        for (JsonNode count : h.path("open")) {
            assertThat(browser.byTestId("fig-open-" + count.path("key").asText()).getText())
                    .isEqualTo(count.path("key").asText() + " " + count.path("value").asText());
        }
        assertThat(browser.byTestId("fig-open").findElement(By.className("ov-value")).getText())
                .isEqualTo(h.path("open_total").asText());
        assertThat(browser.byTestId("fig-overdue").findElement(By.className("ov-value")).getText())
                .isEqualTo(h.path("overdue").path("value").asText()).isNotEqualTo("0");
        WebElement onTime = browser.byTestId("fig-data-on-time");
        assertThat(onTime.getAttribute("data-numerator")).isEqualTo(h.path("data_on_time").path("numerator").asText());
        assertThat(onTime.getAttribute("data-denominator"))
                .isEqualTo(h.path("data_on_time").path("denominator").asText());
        String score = browser.byTestId("fig-score").findElement(By.className("ov-value")).getText();
        if (h.path("score").isNull()) {
            assertThat(score).isEqualTo("—");
        } else {
            assertThat(Double.parseDouble(score)).isEqualTo(h.path("score").asDouble());
            assertThat(browser.byTestId("fig-band").getText()).startsWith(h.path("band").asText() + " · ");
            assertThat(browser.byTestId("fig-score-report").getAttribute("href"))
                    .contains("/reports/readiness?unit=" + TENANT + "&period=20");
        }
        // every figure opens the findings behind it
        assertThat(mutuBaku.getAttribute("href")).contains("/console/findings?").contains("code=DURATION_EXCEEDED");
        assertThat(browser.byTestId("fig-overdue").getAttribute("href")).contains("overdue=true");
    }

    /** Every chart is an image with a title and a description, and prints its numbers as text. */
    private static void assertChartsAreLabelled(ConsoleBrowser browser, JsonNode api) {
        List<WebElement> charts = browser.driver().findElements(By.cssSelector("svg.chart"));
        assertThat(charts).hasSize(2 + api.path("sops").size());
        for (WebElement chart : charts) {
            assertThat(chart.getAttribute("role")).isEqualTo("img");
            assertThat(chart.findElement(By.tagName("title")).getAttribute("textContent")).isNotBlank();
            assertThat(chart.findElement(By.tagName("desc")).getAttribute("textContent")).isNotBlank();
        }
        JsonNode slip = api.path("slips_most");
        WebElement steps = browser.byTestId("steps-" + slip.path("sop_code").asText());
        assertThat(steps.getAttribute("textContent")).contains(Math.round(100 * slip.path("over_ratio").asDouble())
                + " % (" + slip.path("step").path("overran").asText() + "/" + slip.path("step").path("finished")
                        .asText() + ")");
    }

    private static void assertFitsTheScreen(ConsoleBrowser browser, int width) {
        JavascriptExecutor js = (JavascriptExecutor) browser.driver();
        long scrollWidth = ((Number) js.executeScript("return document.documentElement.scrollWidth")).longValue();
        long viewport = ((Number) js.executeScript("return window.innerWidth")).longValue();
        assertThat(scrollWidth).as("no horizontal scrolling at %d px", width).isLessThanOrEqualTo(viewport);
    }

    private static void fullPage(ConsoleBrowser browser, int width) {
        long height = ((Number) ((JavascriptExecutor) browser.driver())
                .executeScript("return document.documentElement.scrollHeight")).longValue();
        browser.driver().manage().window().setSize(new Dimension(width, (int) Math.min(height + 140, 8000)));
    }
}
