package id.patuh.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * An inspektur fills in the SOP evaluation form on a phone (390 px): from the SOP list to the
 * form, which fits the screen, answered and saved, then exported as PDF and XLSX under the same
 * browser session and opened as a reader would (PDFBox, POI).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"patuh.security.enabled=true", "patuh.evaluation.sweep-on-start=false"})
class SopEvaluationBrowserTests {

    @LocalServerPort
    int port;

    @BeforeAll
    static void browser() {
        ConsoleBrowser.requireBrowser();
    }

    @Test
    void fillsTheFormOnAPhoneAndExportsIt() throws Exception {
        try (ConsoleBrowser browser = ConsoleBrowser.open(port)) {
            browser.driver().manage().window().setSize(new Dimension(390, 844));
            browser.signIn("inspektur", "inspektur-pw").go("/console/sops");
            browser.find(By.cssSelector("[data-sop='kemlagi-pengumpulan-data-kinerja'] [data-testid='sop-evaluation']"))
                    .click();
            browser.go(browser.currentPath().replaceAll("\\?.*$", "") + "?period=2024-S2");
            WebElement form = browser.byTestId("evaluation-form");
            long overflow = (Long) ((JavascriptExecutor) browser.driver()).executeScript(
                    "return document.documentElement.scrollWidth - window.innerWidth;");
            assertThat(overflow).as("horizontal overflow at 390 px").isLessThanOrEqualTo(0);

            click(browser, "input[name='k_mudah_dipahami'][value='ya']");
            click(browser, "input[name='k_sinergi'][value='tidak']");
            form.findElement(By.name("kc_sinergi")).sendKeys("Tidak tersambung ke SOP pelaporan");
            click(browser, "input[name='p_0'][value='ya']");
            WebElement penilai = form.findElement(By.name("penilai"));
            penilai.clear();
            penilai.sendKeys("Ir. Andi Wijaya");
            browser.byTestId("input-catatan").sendKeys("Perlu revisi keterkaitan antar-SOP");
            browser.screenshot("evaluasi-sop-telepon");
            click(browser, "[data-testid='save']");

            browser.waitForText(By.cssSelector("[data-testid='history']"), "Ir. Andi Wijaya");
            assertThat(browser.find(By.cssSelector("input[name='k_mudah_dipahami'][value='ya']")).isSelected()).isTrue();
            String pdfHref = browser.byTestId("export-pdf").getAttribute("href");
            String xlsxHref = browser.byTestId("export-xlsx").getAttribute("href");
            String session = browser.driver().manage().getCookieNamed("JSESSIONID").getValue();

            try (var pdf = Loader.loadPDF(download(pdfHref, session))) {
                String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
                assertThat(text).contains("mudah dipahami Ya").contains("Tidak tersambung ke SOP pelaporan")
                        .contains("Camat Ya").contains("(Ir. Andi Wijaya)").contains("2024-S2");
            }
            try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(download(xlsxHref, session)))) {
                assertThat(book.getSheet("Evaluasi SOP").getRow(4).getCell(1).getStringCellValue())
                        .isEqualTo("Ir. Andi Wijaya");
            }
        }
    }

    private static void click(ConsoleBrowser browser, String css) {
        WebElement element = browser.find(By.cssSelector(css));
        ((JavascriptExecutor) browser.driver()).executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
        element.click();
    }

    private static byte[] download(String url, String session) throws Exception {
        HttpResponse<byte[]> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url))
                .header("Cookie", "JSESSIONID=" + session).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.statusCode()).as(url).isEqualTo(200);
        return response.body();
    }
}
