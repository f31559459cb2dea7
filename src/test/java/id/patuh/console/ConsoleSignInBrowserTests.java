package id.patuh.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Signing in through the console's form in a real browser: each role sees its own menus and
 * tenants, a wrong password is told in Indonesian, pages outside a role's rights are refused.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"patuh.security.enabled=true", "patuh.evaluation.sweep-on-start=false"})
class ConsoleSignInBrowserTests {

    @LocalServerPort
    int port;

    @Test
    void anInspektoratUserSeesFindingsButNoUpload() throws Exception {
        try (ConsoleBrowser browser = ConsoleBrowser.open(port)) {
            browser.go("/console/findings");
            assertThat(browser.currentPath()).as("an anonymous visitor is sent to the sign-in form").startsWith("/login");
            browser.signIn("inspektur", "inspektur-pw");
            assertThat(browser.currentPath()).as("back to the page asked for").startsWith("/console/findings");
            browser.go("/console");
            assertThat(browser.byTestId("caller").getText()).isEqualTo("inspektur");
            assertThat(menus(browser)).containsExactly("beranda", "temuan", "sop");
            assertThat(browser.find(By.cssSelector(".topbar .who")).getText())
                    .contains("INSPEKTORAT").contains("kec-kemlagi").contains("setda-sidoarjo-perencanaan");
            assertThat(Files.size(browser.screenshot("beranda-inspektur"))).isGreaterThan(10_000);

            browser.go("/console/import");
            assertThat(browser.byTestId("error-message").getText()).contains("tidak berhak");
        }
    }

    @Test
    void anOperatorSeesUploadAndItsFindingsButNoReports() throws Exception {
        try (ConsoleBrowser browser = ConsoleBrowser.open(port)) {
            browser.signIn("operator-kemlagi", "operator-pw");
            // changed (issue 15): the operator opens its unit's findings to report their follow-up;
            // (issue 16) and records steps where the work happens
            assertThat(menus(browser)).containsExactly("beranda", "temuan", "sop", "catat", "unggah");
            assertThat(browser.driver().findElements(By.cssSelector("[data-testid='card-temuan']"))).isEmpty();
            browser.go("/console/findings");
            assertThat(browser.byTestId("findings-count").getText()).contains("temuan");
            browser.go("/reports/readiness?unit=kec-kemlagi&period=2024");
            assertThat(browser.byTestId("error-message").getText()).contains("tidak berhak");
        }
    }

    @Test
    void aWrongPasswordIsToldAndSigningOutEndsTheSession() throws Exception {
        try (ConsoleBrowser browser = ConsoleBrowser.open(port)) {
            browser.signIn("sekcam-kemlagi", "salah");
            assertThat(browser.byTestId("login-error").getText()).contains("kata sandi salah");
            browser.signIn("sekcam-kemlagi", "sekcam-pw");
            assertThat(menus(browser)).containsExactly("beranda", "temuan", "sop", "catat");
            browser.find(By.cssSelector(".topbar .who button")).click();
            browser.waitFor(By.name("username"));
            browser.go("/console");
            assertThat(browser.currentPath()).startsWith("/login");
        }
    }

    private static List<String> menus(ConsoleBrowser browser) {
        browser.waitFor(By.cssSelector(".topbar nav"));
        return browser.driver().findElements(By.cssSelector(".topbar nav a")).stream()
                .map((WebElement a) -> a.getAttribute("data-menu")).toList();
    }
}
