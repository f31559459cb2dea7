package id.patuh.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import id.patuh.ingest.IngestService;

/**
 * The monitoring form's evaluator name and evaluation date (issue 15 point 5): by default the
 * signed-in INSPEKTORAT/EVALUATOR and the day the form is drawn up (30 April 2024 in the example
 * clock), editable, and printed in the HTML page, the PDF (read with PDFBox) and the XLSX (POI).
 */
@SpringBootTest(properties = {"patuh.security.enabled=true", "patuh.evaluation.sweep-on-start=false"})
@Import(ExampleData.FixedClock.class)
class MonitoringEvaluatorIntegrationTests {

    private static final String URL = "/api/reports/monitoring?unit=" + ExampleData.UNIT + "&half=2024-S1";

    @Autowired
    WebApplicationContext context;

    @Autowired
    IngestService ingest;

    private MockMvc mvc;

    @BeforeEach
    void data() throws Exception {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
        ExampleData.load(ingest);
    }

    @Test
    void theSignedInInspektorIsTheDefaultEvaluatorAndTodayTheDefaultDate() throws Exception {
        String html = body("inspektur", "inspektur-pw", URL + "&format=html");
        assertThat(html).contains("data-testid=\"penilai\">inspektur<")
                .contains("data-testid=\"tanggal-penilaian\">2024-04-30<")
                .contains("data-testid=\"evaluator-form\"").contains("data-testid=\"signature-name\">(inspektur)<");
        assertThat(body("evaluator", "evaluator-pw", URL + "&format=html")).contains("data-testid=\"penilai\">evaluator<");
    }

    @Test
    void anAdminIsNoEvaluatorTheNameLineStaysBlankForAHandwrittenName() throws Exception {
        String html = body("admin", "admin-pw", URL + "&format=html");
        assertThat(html).contains("data-testid=\"penilai\">....................<")
                .doesNotContain("data-testid=\"penilai\">admin<");
    }

    @Test
    void theTypedNameAndDateAppearInThePdfAndTheXlsx() throws Exception {
        String typed = "&penilai=Dra. Sri Wahyuni, M.Si.&tanggal=2024-07-15";
        String pdf = Exports.pdfText(bytes("inspektur", "inspektur-pw", URL + typed + "&format=pdf"));
        assertThat(pdf).contains("Penilai : Dra. Sri Wahyuni, M.Si.").contains("Tanggal penilaian : 2024-07-15")
                .contains("(Dra. Sri Wahyuni, M.Si.)").doesNotContain("Terapkan");

        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(
                bytes("inspektur", "inspektur-pw", URL + typed + "&format=xlsx")))) {
            var sheet = book.getSheet("Monitoring");
            assertThat(Exports.valueBeside(sheet, "Penilai").getStringCellValue()).isEqualTo("Dra. Sri Wahyuni, M.Si.");
            assertThat(Exports.valueBeside(sheet, "Tanggal penilaian").getStringCellValue()).isEqualTo("2024-07-15");
        }
        assertThat(Exports.csv(bytes("inspektur", "inspektur-pw", URL + typed + "&format=csv")).get(0).get("penilai"))
                .isEqualTo("Dra. Sri Wahyuni, M.Si.");
    }

    @Test
    void theConsolePageDownloadsWithTheSameFieldsUnderItsSession() throws Exception {
        String page = "/reports/monitoring?unit=" + ExampleData.UNIT + "&half=2024-S1&penilai=Budi&tanggal=2024-07-01";
        assertThat(body("inspektur", "inspektur-pw", page)).contains("data-testid=\"penilai\">Budi<")
                .contains("format=pdf");
        String pdf = Exports.pdfText(bytes("inspektur", "inspektur-pw", page + "&format=pdf"));
        assertThat(pdf).contains("Penilai : Budi").contains("2024-07-01");
    }

    @Test
    void anUnreadableDateIsA400NamingTheParameter() throws Exception {
        MockHttpServletResponse response = mvc.perform(get(URL + "&tanggal=15/07/2024")
                .with(httpBasic("inspektur", "inspektur-pw"))).andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(400);
        assertThat(response.getContentAsString(StandardCharsets.UTF_8)).contains("\"parameter\":\"tanggal\"")
                .contains("YYYY-MM-DD");
    }

    private String body(String user, String password, String url) throws Exception {
        return new String(bytes(user, password, url), StandardCharsets.UTF_8);
    }

    private byte[] bytes(String user, String password, String url) throws Exception {
        MockHttpServletResponse response = mvc.perform(get(url).with(httpBasic(user, password))).andReturn()
                .getResponse();
        assertThat(response.getStatus()).as(url).isEqualTo(200);
        return response.getContentAsByteArray();
    }
}
