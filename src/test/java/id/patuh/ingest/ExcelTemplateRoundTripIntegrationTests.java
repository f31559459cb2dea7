package id.patuh.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.StreamSupport;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import id.patuh.cases.DataKind;

/**
 * The Excel template of a SOP, downloaded, filled in as an operator would (with POI) and
 * uploaded, is evaluated exactly like the same events sent as CSV.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "patuh.evaluation.sweep-on-start=false")
class ExcelTemplateRoundTripIntegrationTests {

    static final String SOP = "kemlagi-pengumpulan-data-kinerja";
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Autowired
    TestRestTemplate http;

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void theTemplateListsTheStepsOffersDropDownsAndExplainsEveryColumn() throws Exception {
        ResponseEntity<byte[]> response = http.getForEntity("/api/sops/" + SOP + "/template.xlsx", byte[].class);
        assertThat(response.getHeaders().getContentType().toString()).isEqualTo(XLSX);
        assertThat(response.getHeaders().getContentDisposition().getFilename()).isEqualTo("templat-" + SOP + ".xlsx");

        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(response.getBody()))) {
            Sheet data = book.getSheetAt(0);
            assertThat(data.getSheetName()).isEqualTo("kegiatan");
            assertThat(StreamSupport.stream(data.getRow(0).spliterator(), false).map(c -> c.getStringCellValue()))
                    .containsExactlyElementsOf(KindColumns.known(DataKind.ACTIVITIES));
            int steps = json.readTree(http.getForObject("/api/sops/" + SOP, String.class)).get("steps").size();
            assertThat(data.getLastRowNum()).isEqualTo(steps);
            assertThat(data.getRow(1).getCell(4).getNumericCellValue()).isEqualTo(1);
            assertThat(data.getRow(1).getCell(5).getStringCellValue()).isEqualTo("Memerintahkan penyusunan LAKIP");
            assertThat(data.getRow(1).getCell(6).getStringCellValue()).isEqualTo("Camat");
            assertThat(data.getRow(1).getCell(3).getStringCellValue()).isEqualTo("kec-kemlagi");
            assertThat(data.getDataValidations()).extracting(v -> v.getRegions().getCellRangeAddress(0).getFirstColumn())
                    .containsExactlyInAnyOrder(4, 6, 12);
            assertThat(data.getDataValidations()).extracting(DataValidation::getShowErrorBox).containsOnly(true);
            Sheet guide = book.getSheet("panduan");
            assertThat(book.getSheetIndex(guide)).isEqualTo(1);
            Set<String> explained = new TreeSet<>();
            guide.forEach(r -> explained.add(r.getCell(0).getStringCellValue()));
            assertThat(explained).containsAll(KindColumns.known(DataKind.ACTIVITIES));
            assertThat(book.isSheetHidden(book.getSheetIndex("daftar"))).isTrue();
        }
    }

    @Test
    void theGuideSheetKeepsBothLanguagesWhateverLanguageIsAsked() throws Exception {
        HttpHeaders english = new HttpHeaders();
        english.set(HttpHeaders.ACCEPT_LANGUAGE, "en");
        ResponseEntity<byte[]> response = http.exchange("/api/sops/" + SOP + "/template.xlsx",
                HttpMethod.GET, new HttpEntity<>(english), byte[].class);

        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(response.getBody()))) {
            Sheet guide = book.getSheet("panduan");
            assertThat(guide.getRow(0).getCell(0).getStringCellValue()).startsWith("Templat log kegiatan SOP " + SOP);
            assertThat(guide.getRow(3).getCell(0).getStringCellValue())
                    .isEqualTo("Fill in one row per executed step in the first sheet; untouched reference rows are "
                            + "skipped.");
            Row header = guide.getRow(5);
            assertThat(StreamSupport.stream(header.spliterator(), false).map(c -> c.getStringCellValue()))
                    .containsExactly("Kolom", "Wajib", "Arti", "Contoh", "Meaning (English)");
            Row stepNo = StreamSupport.stream(guide.spliterator(), false)
                    .filter(r -> r.getCell(0).getStringCellValue().equals("step_no")).findFirst().orElseThrow();
            assertThat(stepNo.getCell(1).getStringCellValue()).isEqualTo("ya");
            assertThat(stepNo.getCell(2).getStringCellValue()).isEqualTo("Nomor langkah seperti di tabel SOP.");
            assertThat(stepNo.getCell(4).getStringCellValue()).isEqualTo("Step number as in the SOP table.");
        }
    }

    @Test
    void aFilledTemplateGivesTheSameFindingsAsTheSameEventsSentAsCsv() throws Exception {
        byte[] template = http.getForObject("/api/sops/" + SOP + "/template.xlsx", byte[].class);
        JsonNode xlsxReport = post(filled(template, "rt-x", "rt-x-case"), XLSX);
        JsonNode csvReport = post(("event_id,sop_code,case_id,unit,step_no,actor_role,started_at,finished_at,"
                + "kelengkapan,output\n"
                + "rt-c-1," + SOP + ",rt-c-case,kec-kemlagi,1,Camat,2024-04-02T08:00:00+07:00,2024-04-02T08:10:00+07:00,"
                + "Nota Dinas,Dokumen\n"
                + "rt-c-2," + SOP + ",rt-c-case,kec-kemlagi,2,Staff,2024-04-02T08:30:00+07:00,"
                + "2024-04-02T09:00:00+07:00,Dokumen,Dokumen\n"
                + "rt-c-3," + SOP + ",rt-c-case,kec-kemlagi,3,Staff,2024-04-02T09:10:00+07:00,"
                + "2024-04-02T09:40:00+07:00,,\n").getBytes(), "text/csv");

        assertThat(xlsxReport.get("accepted").asInt()).isEqualTo(3);
        assertThat(xlsxReport.get("rejected").asInt()).isZero();
        assertThat(csvReport.get("accepted").asInt()).isEqualTo(3);
        Set<String> fromExcel = findings("rt-x-case");
        assertThat(fromExcel).isEqualTo(findings("rt-c-case"));
        assertThat(fromExcel).extracting(f -> f.split(" ")[0])
                .containsExactly("DURATION_EXCEEDED@1", "MISSING_KELENGKAPAN@3", "MISSING_OUTPUT@3", "WRONG_EXECUTOR@2");
    }

    @Test
    void theFilledTemplateRowErrorsNameTheSheetAndRow() throws Exception {
        byte[] template = http.getForObject("/api/sops/" + SOP + "/template.xlsx", byte[].class);
        byte[] filled = filled(template, "rt-e", "rt-e-case");
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(filled))) {
            book.getSheetAt(0).getRow(2).getCell(4).setCellValue(99);
            filled = bytes(book);
        }

        JsonNode report = post(filled, XLSX);

        assertThat(report.get("accepted").asInt()).isEqualTo(2);
        assertThat(report.get("errors").get(0).get("reason").asText())
                .startsWith("lembar \"kegiatan\" baris 3: step_no");
    }

    @Test
    void theIndicatorTemplateIsAcceptedOnceFilledIn() throws Exception {
        byte[] template = http.getForObject("/api/indicators/template.xlsx", byte[].class);
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(template))) {
            Sheet data = book.getSheetAt(0);
            assertThat(data.getSheetName()).isEqualTo("indikator");
            Row row = data.createRow(1);
            // an indicator of its own: the store is shared with the other ingest tests of this context
            List<Object> values = List.of("rt-i-1", "kec-kemlagi/kasi-pemerintahan", "IKU-RT", "", "sasaran",
                    "2024-Q1", 100, 25, 24.5);
            for (int i = 0; i < values.size(); i++) {
                if (values.get(i) instanceof Number n) {
                    row.createCell(i).setCellValue(n.doubleValue());
                } else {
                    row.createCell(i).setCellValue(values.get(i).toString());
                }
            }
            ResponseEntity<String> response = http.postForEntity("/api/indicators",
                    new HttpEntity<>(bytes(book), headers(XLSX)), String.class);
            JsonNode report = json.readTree(response.getBody());
            assertThat(report.get("accepted").asInt()).as(response.getBody()).isEqualTo(1);
        }
    }

    /** Rows 1–3 of the template filled in; step 2 by the wrong role, step 3 without its output. */
    private static byte[] filled(byte[] template, String idPrefix, String caseId) throws Exception {
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(template))) {
            Sheet data = book.getSheetAt(0);
            CellStyle time = book.createCellStyle();
            time.setDataFormat(book.createDataFormat().getFormat("dd/mm/yyyy hh:mm"));
            int[][] minutes = {{8 * 60, 8 * 60 + 10}, {8 * 60 + 30, 9 * 60}, {9 * 60 + 10, 9 * 60 + 40}};
            for (int step = 1; step <= 3; step++) {
                Row row = data.getRow(step);
                row.createCell(0).setCellValue(idPrefix + "-" + step);
                row.createCell(2).setCellValue(caseId);
                row.createCell(8).setCellValue(at(minutes[step - 1][0]));
                row.getCell(8).setCellStyle(time);
                row.createCell(9).setCellValue(at(minutes[step - 1][1]));
                row.getCell(9).setCellStyle(time);
                if (step < 3) {
                    row.createCell(10).setCellValue(step == 1 ? "Nota Dinas" : "Dokumen");
                    row.createCell(11).setCellValue("Dokumen");
                }
            }
            data.getRow(2).getCell(6).setCellValue("Staff");
            return bytes(book);
        }
    }

    private static LocalDateTime at(int minuteOfDay) {
        return LocalDateTime.of(2024, 4, 2, minuteOfDay / 60, minuteOfDay % 60);
    }

    private static byte[] bytes(XSSFWorkbook book) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        book.write(out);
        return out.toByteArray();
    }

    private JsonNode post(byte[] body, String contentType) throws Exception {
        ResponseEntity<String> response = http.postForEntity("/api/activities", new HttpEntity<>(body,
                headers(contentType)), String.class);
        assertThat(response.getStatusCode().value()).as(response.getBody()).isEqualTo(200);
        return json.readTree(response.getBody());
    }

    private static HttpHeaders headers(String contentType) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.parseMediaType(contentType));
        return headers;
    }

    private Set<String> findings(String caseId) throws Exception {
        JsonNode page = json.readTree(http.getForObject("/api/findings?case=" + caseId, String.class));
        Set<String> codes = new TreeSet<>();
        page.get("items").forEach(f -> codes.add(f.get("code").asText() + "@" + f.get("step_no").asInt() + " "
                + f.get("rule").asText()));
        return codes;
    }
}
