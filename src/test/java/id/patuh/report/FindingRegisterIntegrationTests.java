package id.patuh.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import id.patuh.evaluation.Finding;
import id.patuh.evidence.Evidence;
import id.patuh.evidence.EvidenceService;
import id.patuh.cases.DataKind;
import id.patuh.ingest.IngestListener;
import id.patuh.ingest.IngestService;
import id.patuh.ingest.InputFormat;
import id.patuh.evidence.EvidenceTarget;
import id.patuh.findings.FindingService;
import id.patuh.findings.Recommendation;
import id.patuh.security.TenantScope;

/**
 * The follow-up register as the inspektur downloads it: one audit item of kec-kemlagi with its
 * recommendation, and a finding of the same case id in kec-tanjunganom, which the inspektur may
 * not see. The files are opened as a reader would open them (POI, commons-csv, PDFBox).
 */
@SpringBootTest(properties = {"patuh.security.enabled=true", "patuh.evaluation.sweep-on-start=false"})
class FindingRegisterIntegrationTests {

    private static final Instant RAISED = Instant.parse("2024-04-05T03:00:00Z");
    /** The due instant the rule was broken at: Tuesday 2 April 2024 10:00 WIB. */
    private static final Instant BROKEN = Instant.parse("2024-04-02T03:00:00Z");
    private static final String FORMULA_MESSAGE = "=HYPERLINK(\"http://contoh.invalid\",\"klik\")";

    @Autowired
    WebApplicationContext context;

    @Autowired
    FindingService findings;

    @Autowired
    EvidenceService files;

    @Autowired
    IngestService ingest;

    private MockMvc mvc;
    private String caseId;
    private String kemlagiId;

    @BeforeEach
    void data() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
        caseId = "register-" + UUID.randomUUID();
        Finding kemlagi = finding("kec-kemlagi/kasi-pemerintahan", FORMULA_MESSAGE);
        kemlagiId = kemlagi.id();
        findings.reconcile("case:" + caseId, List.of(kemlagi, finding("kec-tanjunganom", "pesan lain")), RAISED);
        findings.recommend(List.of(kemlagi.id()), new Recommendation("@SUM(1) Percepat disposisi", "Sekcam Kemlagi",
                LocalDate.of(2030, 1, 31), "Belum ada batas disposisi tertulis"), "inspektur", TenantScope.ALL);
    }

    @Test
    void theXlsxHasTheMatrixColumnsOneRowPerVisibleFindingAndNoFormula() throws Exception {
        byte[] body = download("xlsx");
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(body))) {
            Sheet sheet = book.getSheet("Register tindak lanjut");
            List<List<String>> rows = new ArrayList<>();
            for (Row row : sheet) {
                List<String> cells = new ArrayList<>();
                for (Cell cell : row) {
                    assertThat(cell.getCellType()).isNotEqualTo(CellType.FORMULA);
                    cells.add(cell.getCellType() == CellType.NUMERIC ? String.valueOf((int) cell.getNumericCellValue())
                            : cell.getStringCellValue());
                }
                rows.add(cells);
            }
            int header = rows.indexOf(RegisterRow.HEADERS);
            assertThat(header).as("header row").isPositive();
            assertThat(rows.subList(header + 1, rows.size())).singleElement().satisfies(row -> assertThat(row)
                    .containsExactly("1", "kec-kemlagi/kasi-pemerintahan",
                            "SOP Pengumpulan Data Kinerja (kemlagi-pengumpulan-data-kinerja)",
                            row.get(3), "DURATION_EXCEEDED", "sedang", "'" + FORMULA_MESSAGE, row.get(7),
                            "Belum ada batas disposisi tertulis", "'@SUM(1) Percepat disposisi", "Sekcam Kemlagi",
                            "2030-01-31", "belum_ditindaklanjuti", "berlaku", "tidak", "e-1", "", row.get(17),
                            "2024-04-02 10:00 WIB", String.valueOf(findings.find(kemlagiId).orElseThrow().umurHariKerja())));
            List<String> item = rows.get(header + 1);
            assertThat(item.get(3)).startsWith("2. ");
            assertThat(item.get(7)).startsWith("Mutu Baku waktu: ");
        }
    }

    @Test
    void theCsvAndThePdfCarryTheSameItemAndTheOtherTenantsFindingNowhere() throws Exception {
        String csv = new String(download("csv"), StandardCharsets.UTF_8);
        assertThat(csv).startsWith("\uFEFF");
        List<CSVRecord> records = CSVFormat.RFC4180.parse(new StringReader(csv.substring(1))).getRecords();
        assertThat(records.get(0).toList()).isEqualTo(RegisterRow.HEADERS);
        assertThat(records).hasSize(2);
        assertThat(records.get(1).get(6)).isEqualTo("'" + FORMULA_MESSAGE);
        assertThat(records.get(1).get(9)).isEqualTo("'@SUM(1) Percepat disposisi");
        assertThat(records.get(0).get(19)).isEqualTo("Umur (hari kerja)");
        assertThat(Long.parseLong(records.get(1).get(19))).as("working days since 2 April 2024")
                .isEqualTo(findings.find(kemlagiId).orElseThrow().umurHariKerja()).isGreaterThan(400);
        assertThat(csv).doesNotContain("kec-tanjunganom").doesNotContain("pesan lain");

        try (var pdf = Loader.loadPDF(download("pdf"))) {
            // narrow table columns wrap words anywhere: compare without whitespace
            String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", "");
            assertThat(text).contains("RegisterTindakLanjutTemuan").contains("Percepatdisposisi")
                    .contains("SekcamKemlagi").contains("2030-01-31").contains("belum_ditindaklanjuti")
                    .contains("MutuBakuwaktu:60").contains("Umur(harikerja)").doesNotContain("pesanlain");
        }
    }

    @Test
    void theBuktiDukungColumnListsTheFilesOfTheFollowUpAndOfItsEventsWithinTheTenant() throws Exception {
        Evidence followUp = store("kec-kemlagi", EvidenceTarget.FINDING, kemlagiId);
        Evidence event = store("kec-kemlagi/kasi-pemerintahan", EvidenceTarget.EVENT, "e-1");
        // the same event id sent by another tenant proves nothing of kec-kemlagi's
        Evidence other = store("kec-tanjunganom", EvidenceTarget.EVENT, "e-1");

        String csv = new String(download("csv"), StandardCharsets.UTF_8);
        List<CSVRecord> records = CSVFormat.RFC4180.parse(new StringReader(csv.substring(1))).getRecords();
        assertThat(records.get(0).get(17)).isEqualTo("Bukti dukung (berkas)");
        assertThat(records.get(1).get(17).split("; ")).contains(followUp.id(), event.id())
                .doesNotContain(other.id());
        assertThat(csv).doesNotContain(other.id());
    }

    private Evidence store(String unit, EvidenceTarget target, String targetId) {
        if (target == EvidenceTarget.EVENT) {
            // evidence proves a stored event: the unit's own, under a case of its own
            String row = "event_id,sop_code,case_id,unit,step_no,actor_role,started_at,finished_at\n" + targetId
                    + ",kemlagi-pengumpulan-data-kinerja,register-bukti," + unit
                    + ",1,Camat,2024-04-02T08:00:00+07:00,2024-04-02T08:05:00+07:00\n";
            ingest.ingest(DataKind.ACTIVITIES, InputFormat.CSV,
                    new java.io.ByteArrayInputStream(row.getBytes(StandardCharsets.UTF_8)), "register-bukti",
                    IngestListener.NONE);
        }
        byte[] pdf = "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n".getBytes(StandardCharsets.US_ASCII);
        return files.store(unit, target, targetId, "bukti.pdf", pdf.length, new ByteArrayResource(pdf),
                TenantScope.ALL, "inspektur");
    }

    @Test
    void aFormatOtherThanTheRegistersIsRefused() throws Exception {
        assertThat(mvc.perform(get("/api/findings/export").param("format", "json").param("case", caseId)
                .with(httpBasic("inspektur", "inspektur-pw"))).andReturn().getResponse().getStatus()).isEqualTo(400);
    }

    private byte[] download(String format) throws Exception {
        MockHttpServletResponse response = mvc.perform(get("/api/findings/export").param("format", format)
                .param("case", caseId).with(httpBasic("inspektur", "inspektur-pw"))).andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getHeader("Content-Disposition")).startsWith("attachment")
                .contains("register-tindak-lanjut-");
        return response.getContentAsByteArray();
    }

    private Finding finding(String unit, String message) {
        String sop = "kemlagi-pengumpulan-data-kinerja";
        return new Finding(Finding.idOf("DURATION_EXCEEDED", sop, caseId, 2, unit, null, null, "e-1"),
                "DURATION_EXCEEDED", "sedang", sop, caseId, 2, unit, null, null, "DURATION_EXCEEDED finished step",
                message, "message", List.of("e-1"), RAISED, "v1", null, BROKEN);
    }
}
