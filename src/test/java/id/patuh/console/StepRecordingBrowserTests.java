package id.patuh.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A Sekcam records a step on a phone and on an office laptop: the form fits the screen, the
 * defaults are usable as they are, the page says the step was stored and shows it in the
 * case's flow, and a file is attached to it afterwards on the evidence page, which fits too.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"patuh.security.enabled=true", "patuh.evaluation.sweep-on-start=false"})
class StepRecordingBrowserTests {

    @LocalServerPort
    int port;

    @BeforeAll
    static void browser() {
        ConsoleBrowser.requireBrowser();
    }

    @ParameterizedTest
    @CsvSource({"390,844,telepon", "1366,900,laptop"})
    void recordsAStepWithTheFormsDefaultsAndFitsTheScreen(int width, int height, String name) throws Exception {
        try (ConsoleBrowser browser = ConsoleBrowser.open(port)) {
            browser.driver().manage().window().setSize(new Dimension(width, height));
            // headless Chromium asks for English whatever its --lang: choose Indonesian as a user would
            // (the patuh-lang cookie), since this test reads the pages' Indonesian words
            browser.signIn("sekcam-kemlagi", "sekcam-pw").go("/console?lang=id").go("/console/catat");
            browser.byTestId("record-start").click();
            String caseId = browser.byTestId("record-case").getText();
            assertThat(caseId).startsWith("kec-kemlagi-");

            WebElement first = browser.find(By.cssSelector("[data-testid='record-step'][data-step='1']"));
            long overflow = (Long) ((JavascriptExecutor) browser.driver()).executeScript(
                    "return document.documentElement.scrollWidth - window.innerWidth;");
            assertThat(overflow).as("horizontal overflow at " + width + " px").isLessThanOrEqualTo(0);
            assertThat(first.getRect().getWidth()).isLessThanOrEqualTo(width);
            browser.screenshot("catat-langkah-" + name);
            first.findElement(By.cssSelector("[data-testid='record-save']")).click();

            assertThat(browser.byTestId("record-notice").getText()).contains("Langkah 1 tersimpan", caseId);
            assertThat(browser.byTestId("record-case").getText()).isEqualTo(caseId);

            // the stored step in the flow, then evidence attached to it on a page of its own
            WebElement done = browser.find(By.cssSelector("[data-testid='flow-step'][data-step='1']"));
            assertThat(done.getAttribute("data-state")).isEqualTo("selesai");
            assertThat(done.findElement(By.cssSelector("[data-testid='flow-timing']")).getText())
                    .startsWith("Dalam Mutu Baku");
            assertThat(browser.find(By.cssSelector("[data-testid='flow-step'][data-step='2'] [data-testid='flow-next']"))
                    .getText()).isEqualTo("berikutnya");
            assertThat(overflow(browser)).as("flow, horizontal overflow at " + width + " px").isLessThanOrEqualTo(0);
            browser.screenshot("catat-alur-" + name);
            done.findElement(By.cssSelector("[data-testid='flow-attach']")).click();

            assertThat(browser.byTestId("evidence-target-id").getAttribute("value")).startsWith(caseId + "-1-");
            assertThat(overflow(browser)).as("evidence page, horizontal overflow at " + width + " px")
                    .isLessThanOrEqualTo(0);
            Path pdf = Files.createTempFile(ConsoleBrowser.BUILD_DIR, "disposisi-", ".pdf");
            Files.write(pdf, "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n".getBytes(StandardCharsets.US_ASCII));
            browser.byTestId("evidence-file").sendKeys(pdf.toString());
            browser.screenshot("lampirkan-bukti-" + name);
            browser.byTestId("evidence-save").click();
            assertThat(browser.byTestId("evidence-notice").getText()).contains("1 bukti tersimpan");
            assertThat(browser.byTestId("evidence-files").getText()).contains(pdf.getFileName().toString());
            browser.byTestId("evidence-back").click();
            assertThat(browser.find(By.cssSelector("[data-testid='flow-step'][data-step='1'] "
                    + "[data-testid='flow-evidence'] code")).getText()).matches("[0-9a-f]{24}");
        }
    }

    private static long overflow(ConsoleBrowser browser) {
        return (Long) ((JavascriptExecutor) browser.driver()).executeScript(
                "return document.documentElement.scrollWidth - window.innerWidth;");
    }
}
