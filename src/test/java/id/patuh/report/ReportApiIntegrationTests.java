package id.patuh.report;

import static id.patuh.report.Exports.csv;
import static id.patuh.report.Exports.keep;
import static id.patuh.report.Exports.pdfText;
import static id.patuh.report.Exports.rowStarting;
import static id.patuh.report.Exports.rows;
import static id.patuh.report.Exports.valueBeside;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.annotation.Import;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import id.patuh.evidence.Evidence;
import id.patuh.evidence.EvidenceService;
import id.patuh.evidence.EvidenceTarget;
import id.patuh.cases.DataKind;
import id.patuh.ingest.IngestListener;
import id.patuh.ingest.IngestService;
import id.patuh.ingest.InputFormat;
import id.patuh.cases.StoreKeys;
import id.patuh.security.TenantScope;

/**
 * The example data (README audit: 9 findings at 30 April 2024 12:00 WIB) through the API in every
 * format. Expected figures for setda-sidoarjo-perencanaan, year 2024, by hand:
 * kelengkapan 2/3 (IKU-3 missing), ketepatan 1/2 (IKU-2 late), verifikasi 1/2 (IKU-2 verified by its
 * submitter), validasi 0/2; case sda-2024-TW1: Mutu Baku 7/8 (step 2 ran 2 h 35 m of 1 h; step 10
 * still running), urutan 0/1 (step 9 skipped), pelaksana 8/9 (step 8 by JF); open findings
 * 3 tinggi, 4 sedang, 2 rendah (rules v2: the WRONG_EXECUTOR of step 8 is rendah, the seed's executors
 * being inferred). Score: 20 + 7.5 + 7.5 + 0 + 8.75 + 0 + 8.889 = 52.639, less
 * 3×3 + 4×1 + 2×0.25 = 13.5 → 39.1, band C.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "patuh.evaluation.sweep-on-start=false")
@Import(ExampleData.FixedClock.class)
class ReportApiIntegrationTests {

    private static final String YEAR = "/api/reports/readiness?unit=" + ExampleData.UNIT + "&period=2024";

    @Autowired
    TestRestTemplate http;

    @Autowired
    IngestService ingest;

    @Autowired
    EvidenceService files;

    private final ObjectMapper json = new ObjectMapper();

    @BeforeEach
    void loadTheExamples() throws Exception {
        ExampleData.load(ingest);
    }

    @Test
    void jsonCarriesEveryFigureWithItsEvidence() throws Exception {
        JsonNode r = json.readTree(get(YEAR + "&format=json").getBody());
        JsonNode data = r.get("data");
        assertFigure(data.get("kelengkapan"), 2, 3);
        assertThat(data.get("kelengkapan").get("gaps")).extracting(JsonNode::asText).containsExactly("sda-req-iku3");
        assertFigure(data.get("ketepatan_waktu"), 1, 2);
        assertThat(data.get("ketepatan_waktu").get("gaps")).extracting(JsonNode::asText).containsExactly("sda-iku2-q1");
        assertFigure(data.get("verifikasi"), 1, 2);
        assertFigure(data.get("validasi"), 0, 2);
        JsonNode sop = r.get("sops").get(0);
        assertThat(sop.get("sop_code").asText()).isEqualTo("sidoarjo-perencanaan-pengumpulan-data-kinerja");
        assertFigure(sop.get("mutu_baku"), 7, 8);
        assertThat(sop.get("mutu_baku").get("gaps")).extracting(JsonNode::asText).containsExactly("sda-2024-tw1-2");
        assertFigure(sop.get("urutan"), 0, 1);
        assertFigure(sop.get("pelaksana"), 8, 9);
        assertThat(sop.get("pelaksana").get("gaps")).extracting(JsonNode::asText).containsExactly("sda-2024-tw1-8");
        assertThat(r.get("open_findings").get("by_severity")).extracting(s -> s.get("count").asLong())
                .containsExactly(3L, 4L, 2L);
        JsonNode score = r.get("score");
        assertThat(score.get("value").asDouble()).isEqualTo(39.1);
        assertThat(score.get("band").asText()).isEqualTo("C");
        assertThat(score.get("ready").asBoolean()).isFalse();
        assertThat(r.get("disclaimer").asText()).contains("BUKAN hasil evaluasi SAKIP resmi");
    }

    @Test
    void theEvidenceListNamesTheFilesOfItsEventsWithinTheTenantInEveryFormat() throws Exception {
        Evidence own = store(ExampleData.UNIT, "sda-2024-tw1-2");
        // the same event id sent by another tenant proves nothing of this unit's
        Evidence other = store("kec-kemlagi", "sda-2024-tw1-2");

        JsonNode r = json.readTree(get(YEAR + "&format=json").getBody());
        assertThat(r.get("evidence_files").get("sda-2024-tw1-2")).extracting(JsonNode::asText).contains(own.id())
                .doesNotContain(other.id());
        String csvText = new String(get(YEAR + "&format=csv").getBody(), StandardCharsets.UTF_8);
        assertThat(find(csv(get(YEAR + "&format=csv").getBody()), "bukti_dukung", "sda-2024-tw1-2").get("nilai"))
                .contains(own.id());
        assertThat(csvText).doesNotContain(other.id());
        try (Workbook book = new XSSFWorkbook(new ByteArrayInputStream(get(YEAR + "&format=xlsx").getBody()))) {
            assertThat(rows(book.getSheet("Bukti"))).anyMatch(row -> row.getCell(3).getStringCellValue()
                    .equals("sda-2024-tw1-2") && row.getCell(4).getStringCellValue().contains(own.id()))
                    .noneMatch(row -> row.getCell(4) != null && row.getCell(4).getStringCellValue()
                            .contains(other.id()));
        }
        String html = new String(get(YEAR + "&format=html").getBody(), StandardCharsets.UTF_8);
        assertThat(html).contains("data-evidence-target=\"sda-2024-tw1-2\"", own.id()).doesNotContain(other.id());
    }

    private Evidence store(String unit, String eventId) {
        // evidence proves a stored event: the unit's own (idempotent when it is there already)
        String row = "event_id,sop_code,case_id,unit,step_no,actor_role,started_at,finished_at\n" + eventId
                + ",sidoarjo-perencanaan-pengumpulan-data-kinerja,bukti-laporan," + unit
                + ",1,Sekretaris Daerah,2023-06-05T08:00:00+07:00,2023-06-05T08:05:00+07:00\n";
        if (ingest.findRecord(DataKind.ACTIVITIES, StoreKeys.tenantOf(unit), eventId).isEmpty()) {
            ingest.ingest(DataKind.ACTIVITIES, InputFormat.CSV,
                    new ByteArrayInputStream(row.getBytes(StandardCharsets.UTF_8)), "bukti-laporan",
                    IngestListener.NONE);
        }
        byte[] pdf = "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n".getBytes(StandardCharsets.US_ASCII);
        return files.store(unit, EvidenceTarget.EVENT, eventId, "bukti.pdf", pdf.length, new ByteArrayResource(pdf),
                TenantScope.ALL, "uji");
    }

    @Test
    void aQuarterHoldsItsDataAndOnlyTheCasesThatStartedInIt() throws Exception {
        // the case that collects Q1 data ran in April, so it belongs to Q2
        JsonNode q1 = json.readTree(get("/api/reports/readiness?unit=" + ExampleData.UNIT + "&period=2024-Q1")
                .getBody());
        assertFigure(q1.get("data").get("kelengkapan"), 2, 3);
        assertThat(q1.get("sops")).isEmpty();
        JsonNode q2 = json.readTree(get("/api/reports/readiness?unit=" + ExampleData.UNIT + "&period=2024-Q2")
                .getBody());
        assertFigure(q2.get("data").get("kelengkapan"), 0, 0);
        assertThat(q2.get("sops").get(0).get("case_ids")).extracting(JsonNode::asText).containsExactly("sda-2024-TW1");
    }

    @Test
    void theWorkbookReadsBackWithTheSameNumbers() throws Exception {
        ResponseEntity<byte[]> response = get(YEAR + "&format=xlsx");
        assertThat(response.getHeaders().getContentDisposition().getFilename())
                .isEqualTo("kesiapan-sakip_setda-sidoarjo-perencanaan_2024.xlsx");
        try (Workbook book = new XSSFWorkbook(new ByteArrayInputStream(response.getBody()))) {
            Sheet summary = book.getSheet("Ringkasan");
            assertThat(valueBeside(summary, "Skor kesiapan").getNumericCellValue()).isEqualTo(39.1);
            assertThat(valueBeside(summary, "Predikat (rentang)").getStringCellValue()).isEqualTo("C");
            Row completeness = rowStarting(summary, "Kelengkapan data");
            assertThat(completeness.getCell(2).getNumericCellValue()).isEqualTo(2);
            assertThat(completeness.getCell(3).getNumericCellValue()).isEqualTo(3);
            assertThat(rows(book.getSheet("Bukti"))).anyMatch(r -> r.getCell(2).getStringCellValue().equals("kurang")
                    && r.getCell(3).getStringCellValue().equals("sda-req-iku3"));
            assertThat(book.getSheet("Temuan terbuka").getLastRowNum()).isEqualTo(9);
        }
    }

    @Test
    void theCsvParsesIntoOneRowPerFigure() throws Exception {
        List<CSVRecord> rows = csv(get(YEAR + "&format=csv").getBody());
        assertThat(find(rows, "ringkasan", "skor").get("nilai")).isEqualTo("39.1");
        CSVRecord completeness = find(rows, "data", "kelengkapan");
        assertThat(completeness.get("pembilang")).isEqualTo("2");
        assertThat(completeness.get("penyebut")).isEqualTo("3");
        assertThat(completeness.get("rasio")).isEqualTo("0.6667");
        assertThat(completeness.get("kurang")).isEqualTo("sda-req-iku3");
        assertThat(find(rows, "temuan_terbuka", "tinggi").get("pembilang")).isEqualTo("3");
    }

    @Test
    void thePdfIsTheSamePageAsText() throws Exception {
        ResponseEntity<byte[]> response = get(YEAR, "application/pdf");
        assertThat(response.getHeaders().getContentType()).hasToString("application/pdf");
        keep("readiness-" + ExampleData.UNIT + "-2024.pdf", response.getBody());
        String text = pdfText(response.getBody());
        assertThat(text).contains("Indikasi kesiapan internal, BUKAN hasil evaluasi SAKIP resmi")
                .contains("39,1").contains("Kelengkapan data").contains("2 / 3").contains("66,7 %")
                .contains("Tahun 2024").contains("sda-req-iku3");
    }

    @Test
    void formulaTextIsNeutralisedInTheWorkbookAndTheCsv() throws Exception {
        ExampleData.loadFormulaBait(ingest);
        String url = "/api/reports/readiness?unit=kec-kemlagi&period=2024-Q1&format=";
        try (Workbook book = new XSSFWorkbook(new ByteArrayInputStream(get(url + "xlsx").getBody()))) {
            Row line = book.getSheet("Data").getRow(1);
            assertThat(line.getCell(2).getStringCellValue()).isEqualTo("'@SUM(A1)");
            assertThat(line.getCell(11).getStringCellValue()).isEqualTo("'=HYPERLINK(\"http://x\",\"klik\")");
            List<String> ids = rows(book.getSheet("Bukti")).stream().map(r -> r.getCell(3).getStringCellValue())
                    .toList();
            assertThat(ids).contains("'=HYPERLINK(\"http://x\",\"klik\")").noneMatch(id -> id.startsWith("="));
        }
        CSVRecord verified = find(csv(get(url + "csv").getBody()), "data", "verifikasi");
        assertThat(verified.get("kurang")).isEqualTo("'=HYPERLINK(\"http://x\",\"klik\")");
    }

    @Test
    void badParametersAreProblemDetailsInTheCallersLanguage() throws Exception {
        for (String query : List.of("unit=" + ExampleData.UNIT + "&period=2024-Q5", "period=2024",
                "unit=Kec%20Kemlagi&period=2024", "unit=" + ExampleData.UNIT + "&period=2024&format=docx")) {
            ResponseEntity<byte[]> response = get("/api/reports/readiness?" + query);
            assertThat(response.getStatusCode()).as(query).isEqualTo(HttpStatus.BAD_REQUEST);
            assertThat(response.getHeaders().getContentType()).hasToString("application/problem+json");
            JsonNode problem = json.readTree(response.getBody());
            assertThat(problem.get("title").asText()).isEqualTo("Parameter laporan tidak valid");
            assertThat(problem.get("detail").asText()).as(query).contains(" harus ").doesNotContain(" must ")
                    .doesNotContain(" / ");

            JsonNode english = json.readTree(get("/api/reports/readiness?" + query, null, "en-GB,en;q=0.8").getBody());
            assertThat(english.get("title").asText()).isEqualTo("Invalid report parameter");
            assertThat(english.get("detail").asText()).as(query).contains(" must ").doesNotContain(" harus ");
            assertThat(english.get("parameter")).isEqualTo(problem.get("parameter"));
        }
        JsonNode period = json.readTree(get("/api/reports/readiness?unit=kec-kemlagi&period=2024-Q5").getBody());
        assertThat(period.get("detail").asText())
                .isEqualTo("period harus berbentuk YYYY-Qn (triwulan) atau YYYY (tahun), mis. 2024-Q1");
        assertThat(period.get("parameter").asText()).isEqualTo("period");
        assertThat(period.get("value").asText()).isEqualTo("2024-Q5");
        JsonNode periodEn = json.readTree(get("/api/reports/readiness?unit=kec-kemlagi&period=2024-Q5", null, "en")
                .getBody());
        assertThat(periodEn.get("detail").asText())
                .isEqualTo("period must be YYYY-Qn (quarter) or YYYY (year), e.g. 2024-Q1");
        ResponseEntity<byte[]> asPdf = get("/api/reports/readiness?unit=kec-kemlagi&period=Q1", "application/pdf");
        assertThat(asPdf.getStatusCode()).as("a PDF client still learns why").isEqualTo(HttpStatus.BAD_REQUEST);
        ResponseEntity<byte[]> half = get("/api/reports/monitoring?unit=kec-kemlagi&half=2024-Q1");
        assertThat(half.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(json.readTree(half.getBody()).get("parameter").asText()).isEqualTo("half");
    }

    @Test
    void theHumanPageAndABrowserAcceptGetHtml() {
        ResponseEntity<byte[]> page = get("/reports/readiness?unit=" + ExampleData.UNIT + "&period=2024");
        assertThat(page.getHeaders().getContentType()).hasToString("text/html;charset=UTF-8");
        assertThat(new String(page.getBody(), StandardCharsets.UTF_8)).contains("data-testid=\"score\"")
                .doesNotContain("http://").doesNotContain("https://")
                // a signed-in browser opens the console's finding page; the API would ask for Basic credentials
                .containsPattern("href=\"/console/findings/[0-9a-f]{32}\"").doesNotContain("href=\"/api/findings/");
        ResponseEntity<byte[]> api = get(YEAR, "text/html,application/xhtml+xml,*/*;q=0.8");
        assertThat(api.getHeaders().getContentType()).hasToString("text/html;charset=UTF-8");
    }

    private ResponseEntity<byte[]> get(String url) {
        return get(url, null);
    }

    private ResponseEntity<byte[]> get(String url, String accept) {
        return get(url, accept, null);
    }

    private ResponseEntity<byte[]> get(String url, String accept, String language) {
        HttpHeaders headers = new HttpHeaders();
        if (accept != null) {
            headers.set(HttpHeaders.ACCEPT, accept);
        }
        if (language != null) {
            headers.set(HttpHeaders.ACCEPT_LANGUAGE, language);
        }
        return http.exchange(url, HttpMethod.GET, new HttpEntity<>(headers), byte[].class);
    }

    private static void assertFigure(JsonNode figure, long numerator, long denominator) {
        assertThat(figure.get("numerator").asLong()).isEqualTo(numerator);
        assertThat(figure.get("denominator").asLong()).isEqualTo(denominator);
    }

    static CSVRecord find(List<CSVRecord> rows, String part, String key) {
        return rows.stream().filter(r -> r.get(0).equals(part) && r.get(1).equals(key)).findFirst().orElseThrow();
    }

}
