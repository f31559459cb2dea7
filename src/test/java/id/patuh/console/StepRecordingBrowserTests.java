package id.patuh.console;

import static org.assertj.core.api.Assertions.assertThat;

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
 * defaults are usable as they are, and the page says the step was stored.
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
            browser.signIn("sekcam-kemlagi", "sekcam-pw").go("/console/catat");
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
        }
    }
}
