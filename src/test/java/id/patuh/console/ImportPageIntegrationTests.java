package id.patuh.console;

import static id.patuh.console.SopSheetIntegrationTests.admin;
import static id.patuh.console.SopSheetIntegrationTests.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import id.patuh.ingest.RowError;
import id.patuh.security.Role;

/**
 * The upload page end to end: counts and row errors of a file with good and bad rows, the
 * refused rows as a CSV with the upload's own header, a fixed file accepted on re-upload, and
 * the download kept to the uploader's tenant.
 */
@SpringBootTest(properties = {"patuh.security.enabled=true", "patuh.evaluation.sweep-on-start=false"})
@AutoConfigureMockMvc
class ImportPageIntegrationTests {

    static final String KEMLAGI = "kemlagi-pengumpulan-data-kinerja";
    static final String HEADER = "Event_Id,sop_code,case_id,unit,step_no,actor_role,actor_id,started_at,finished_at,"
            + "kelengkapan,output,decision";
    /** Lines 3, 5 and 6–7 are refused: a bad time, another tenant's unit, a missing start (with a two-line cell). */
    static final String UPLOAD = HEADER + "\n"
            + "imp-1," + KEMLAGI + ",imp-case-1,kec-kemlagi,1,Camat,,2024-04-01T08:00:00+07:00,2024-04-01T08:02:00+07:00,Nota Dinas,Dokumen,\n"
            + "imp-2," + KEMLAGI + ",imp-case-1,kec-kemlagi,2,Sekcam,,2024-04-01T09:00:00+07:00,kemarin,Dokumen,Dokumen,\n"
            + "imp-3," + KEMLAGI + ",imp-case-1,kec-kemlagi,3,Staff,,2024-04-01T10:00:00+07:00,2024-04-01T10:30:00+07:00,Dokumen,Dokumen,\n"
            + "imp-4," + KEMLAGI + ",imp-case-2,kec-tanjunganom,1,Camat,,2024-04-02T08:00:00+07:00,,,,\n"
            + "imp-5," + KEMLAGI + ",imp-case-3,kec-kemlagi,1,Camat,,,2024-04-03T08:10:00+07:00,\"Nota Dinas\nDokumen\",Dokumen,\n"
            + "imp-6," + KEMLAGI + ",imp-case-3,kec-kemlagi,2,Sekcam,,2024-04-03T09:00:00+07:00,2024-04-03T09:20:00+07:00,Dokumen,Dokumen,\n";

    static final RequestPostProcessor OPERATOR = as("operator-kemlagi", Role.OPERATOR, "kec-kemlagi");

    @Autowired
    MockMvc mvc;

    @Test
    void reportsCountsAndRowErrorsAndKeepsTheRefusedRowsAsTheyWereWritten() throws Exception {
        ImportResult result = upload("kegiatan", "kegiatan.csv", UPLOAD, OPERATOR);

        assertThat(result.report().accepted()).isEqualTo(3);
        assertThat(result.report().rejected()).isEqualTo(3);
        assertThat(result.report().errors()).extracting(RowError::line).containsExactly(3L, 5L, 6L);
        assertThat(result.report().errors()).extracting(RowError::field)
                .containsExactly("finished_at", "unit", "started_at");
        assertThat(result.refusedHref()).matches("/console/import/[0-9a-f]{32}/ditolak\\.csv");

        List<CSVRecord> refused = download(result.refusedHref(), OPERATOR);
        List<CSVRecord> original = parse(UPLOAD);
        assertThat(refused.get(0).toList()).containsExactlyElementsOf(withAdded(original.get(0).toList()));
        assertThat(refused).hasSize(4);
        int[] originalRows = {2, 4, 5};
        String[] lines = {"3", "5", "6"};
        String[] reasons = {"kemarin", "bukan wewenang", "started_at: wajib diisi"};
        for (int i = 0; i < 3; i++) {
            List<String> row = refused.get(i + 1).toList();
            assertThat(row.subList(0, 12)).containsExactlyElementsOf(original.get(originalRows[i]).toList());
            assertThat(row.get(12)).isEqualTo(lines[i]);
            assertThat(row.get(13)).contains(reasons[i]);
        }
        assertThat(refused.get(3).get(9)).as("a two-line cell stays two lines").isEqualTo("Nota Dinas\nDokumen");
    }

    @Test
    void theFixedRefusedRowsAreAcceptedWhenUploadedAgain() throws Exception {
        String upload = UPLOAD.replace("imp-", "fix-");
        ImportResult first = upload("kegiatan", "kegiatan.csv", upload, OPERATOR);
        List<CSVRecord> refused = download(first.refusedHref(), OPERATOR);

        List<List<String>> fixed = new ArrayList<>();
        refused.forEach(r -> fixed.add(new ArrayList<>(r.toList())));
        fixed.get(1).set(8, "2024-04-01T09:40:00+07:00");
        fixed.get(2).set(3, "kec-kemlagi");
        fixed.get(3).set(7, "2024-04-03T08:00:00+07:00");
        ImportResult again = upload("kegiatan", "kegiatan-perbaikan.csv", csv(fixed), OPERATOR);

        assertThat(again.report().rejected()).isZero();
        assertThat(again.report().accepted()).isEqualTo(3);
        assertThat(again.report().warnings())
                .anySatisfy(w -> assertThat(w.message()).contains("baris").contains("alasan"));
    }

    @Test
    void aSecondRoundOfFixesNeverRepeatsTheAddedColumns() throws Exception {
        ImportResult first = upload("kegiatan", "kegiatan.csv", UPLOAD.replace("imp-", "two-"), OPERATOR);
        List<CSVRecord> refused = download(first.refusedHref(), OPERATOR);
        List<List<String>> unchanged = refused.stream().map(CSVRecord::toList).toList();

        ImportResult second = upload("kegiatan", "kegiatan-ditolak.csv", csv(unchanged), OPERATOR);
        assertThat(second.report().rejected()).isEqualTo(3);
        List<CSVRecord> again = download(second.refusedHref(), OPERATOR);
        assertThat(again.get(0).toList()).containsExactlyElementsOf(withAdded(parse(UPLOAD).get(0).toList()));
        assertThat(again).hasSize(4);
        assertThat(again.subList(1, 4)).extracting(r -> r.get(12)).containsExactly("2", "3", "4");
    }

    @Test
    void onlyTheUploadersTenantsMayDownloadTheRefusedRows() throws Exception {
        ImportResult result = upload("kegiatan", "kegiatan.csv", UPLOAD.replace("imp-", "ten-"), OPERATOR);

        mvc.perform(get(result.refusedHref()).with(as("operator-tanjunganom", Role.OPERATOR, "kec-tanjunganom")))
                .andExpect(status().isNotFound());
        mvc.perform(get(result.refusedHref()).with(as("operator-kemlagi-2", Role.OPERATOR, "kec-kemlagi")))
                .andExpect(status().isOk());
        mvc.perform(get(result.refusedHref()).with(admin())).andExpect(status().isOk());
        mvc.perform(get(result.refusedHref()).with(as("sekcam-kemlagi", Role.SEKCAM, "kec-kemlagi")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/console/import/" + "0".repeat(32) + "/ditolak.csv").with(OPERATOR))
                .andExpect(status().isNotFound());

        MvcResult page = mvc.perform(get("/console/import").with(OPERATOR)).andExpect(status().isOk()).andReturn();
        @SuppressWarnings("unchecked")
        List<ImportResult.Listing> recent = (List<ImportResult.Listing>) page.getModelAndView().getModel().get("recent");
        assertThat(recent).anySatisfy(l -> assertThat(l.refusedHref()).isEqualTo(result.refusedHref()));
        assertThat(recent).allSatisfy(l -> assertThat(l.actor()).isEqualTo("operator-kemlagi"));
    }

    @Test
    void jsonLinesRowsAreRefusedInTheCsvLayoutOrAsRawText() throws Exception {
        String ndjson = """
                {"event_id":"nd-1","sop_code":"%1$s","case_id":"nd-case","unit":"kec-kemlagi","step_no":1,"actor_role":"Camat","started_at":"2024-05-01T08:00:00+07:00"}
                {"event_id":"nd-2","sop_code":"%1$s","case_id":"nd-case","unit":"kec-kemlagi","step_no":"dua","actor_role":"Sekcam","started_at":"2024-05-01T09:00:00+07:00"}
                {"event_id": nd-3 rusak
                """.formatted(KEMLAGI);
        ImportResult result = upload("kegiatan", "kegiatan.ndjson", ndjson, OPERATOR);
        assertThat(result.report().accepted()).isEqualTo(1);

        List<CSVRecord> refused = download(result.refusedHref(), OPERATOR);
        List<String> header = refused.get(0).toList();
        assertThat(header).startsWith("event_id", "sop_code", "case_id", "unit", "step_no").endsWith("baris", "alasan");
        assertThat(refused.get(1).get(0)).isEqualTo("nd-2");
        assertThat(refused.get(1).get(header.indexOf("step_no"))).isEqualTo("dua");
        assertThat(refused.get(1).get(header.indexOf("baris"))).isEqualTo("2");
        assertThat(refused.get(2).get(0)).isEqualTo("{\"event_id\": nd-3 rusak");
        assertThat(refused.get(2).get(header.indexOf("alasan"))).contains("JSON tidak valid");
    }

    @Test
    void anUploadThatCannotBeReadIsToldOnThePage() throws Exception {
        MvcResult noFile = mvc.perform(multipart("/console/import").param("kind", "kegiatan").with(csrf()).with(OPERATOR))
                .andExpect(status().isBadRequest()).andReturn();
        assertThat(((ImportResult.Problem) noFile.getModelAndView().getModel().get("problem")).message())
                .contains("Pilih berkas");
        MvcResult xes = mvc.perform(multipart("/console/import").file(file("indikator.xes", "<log/>")).param("kind",
                "indikator").with(csrf()).with(OPERATOR)).andExpect(status().isBadRequest()).andReturn();
        assertThat(((ImportResult.Problem) xes.getModelAndView().getModel().get("problem")).message()).contains("XES");
        MvcResult pdf = mvc.perform(multipart("/console/import").file(file("catatan.csv", "%PDF-1.4\n1 0 obj\n"))
                .param("kind", "kegiatan").with(csrf()).with(OPERATOR)).andExpect(status().isBadRequest()).andReturn();
        assertThat(((ImportResult.Problem) pdf.getModelAndView().getModel().get("problem")).message())
                .contains("catatan.csv", "application/pdf");
    }

    @Test
    void refreshingTheResultPageShowsTheResultAgainWithoutImportingTwiceAndOnlyToTheUploadersTenant()
            throws Exception {
        String redirect = post("kegiatan", "kegiatan.csv", UPLOAD.replace("imp-", "prg-"), OPERATOR);
        ImportResult first = shown(redirect, OPERATOR);
        ImportResult again = shown(redirect, OPERATOR);

        assertThat(again.report()).isEqualTo(first.report());
        assertThat(first.report().accepted()).isEqualTo(3);
        assertThat(mvc.perform(get("/console/import").with(OPERATOR)).andReturn().getModelAndView().getModel()
                .get("recent")).asList().filteredOn(l -> ((ImportResult.Listing) l).name().equals("kegiatan.csv"))
                .isNotEmpty();
        MvcResult other = mvc.perform(get(redirect).with(as("operator-tanjunganom", Role.OPERATOR,
                "kec-tanjunganom"))).andExpect(status().isOk()).andReturn();
        assertThat(other.getModelAndView().getModel()).doesNotContainKey("result");
        assertThat(((ImportResult.Problem) other.getModelAndView().getModel().get("problem")).message())
                .contains("tidak ditemukan");
    }

    @Test
    void aWorkbookIsReadAsExcelWhateverItsNameAndItsRefusedRowsDownloadAsCsv() throws Exception {
        byte[] book = id.patuh.ingest.XlsxFixtures.workbook("kegiatan", List.of(
                List.of("event_id", "sop_code", "case_id", "unit", "step_no", "actor_role", "started_at"),
                List.of("xl-1", KEMLAGI, "xl-case", "kec-kemlagi", 1, "Camat", "02/11/2026 10:00"),
                List.of("xl-2", KEMLAGI, "xl-case", "kec-kemlagi", 2, "Sekcam", "kemarin")));
        MvcResult posted = mvc.perform(multipart("/console/import").file(new MockMultipartFile("file", "kegiatan.xes",
                "application/xml", book)).param("kind", "kegiatan").with(csrf()).with(OPERATOR))
                .andExpect(status().is3xxRedirection()).andReturn();
        ImportResult result = shown(posted.getResponse().getRedirectedUrl(), OPERATOR);

        assertThat(result.file().format()).isEqualTo("XLSX");
        assertThat(result.report().accepted()).isEqualTo(1);
        assertThat(result.report().warnings()).anySatisfy(w -> assertThat(w.message()).contains("2 November 2026"));
        assertThat(result.report().errors()).singleElement()
                .satisfies(e -> assertThat(e.reason()).startsWith("lembar \"kegiatan\" baris 3: "));
        List<CSVRecord> refused = download(result.refusedHref(), OPERATOR);
        List<String> header = refused.get(0).toList();
        assertThat(header).contains("event_id", "started_at", "baris", "alasan");
        assertThat(refused.get(1).get(header.indexOf("event_id"))).isEqualTo("xl-2");
        assertThat(refused.get(1).get(header.indexOf("started_at"))).isEqualTo("kemarin");
        assertThat(refused.get(1).get(header.indexOf("baris"))).isEqualTo("3");
    }

    @Test
    void aSemicolonCsvAsIndonesianExcelSavesItIsAccepted() throws Exception {
        String semicolons = "event_id;sop_code;case_id;unit;step_no;actor_role;started_at;finished_at\n"
                + "sc-1;" + KEMLAGI + ";sc-case;kec-kemlagi;1;Camat;02/11/2026 10:00;02/11/2026 10:02\n";

        ImportResult result = upload("kegiatan", "kegiatan.csv", semicolons, OPERATOR);

        assertThat(result.report().accepted()).isEqualTo(1);
        assertThat(result.report().warnings()).extracting(w -> w.messageEn())
                .anySatisfy(m -> assertThat(m).contains("semicolon"));
    }

    /** README: the operator uploads the example of their own unit; the Sidoarjo example is another tenant's. */
    @Test
    void theReadmeExampleOfTheOperatorsUnitIsAcceptedWholeAndTheOtherTenantsIsRefusedByUnit() throws Exception {
        String kemlagi = java.nio.file.Files.readString(java.nio.file.Path.of("examples/kemlagi-activities.csv"));
        long rows = kemlagi.lines().count() - 1;

        ImportResult own = upload("kegiatan", "kemlagi-activities.csv", kemlagi, OPERATOR);

        assertThat(own.report().rejected()).isZero();
        assertThat(own.report().accepted() + own.report().duplicates()).isEqualTo(rows);
        String findings = mvc.perform(get("/api/findings?case=kml-2024-TW1").with(admin())).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        var codes = new java.util.TreeSet<String>();
        new com.fasterxml.jackson.databind.ObjectMapper().readTree(findings).get("items")
                .forEach(f -> codes.add(f.get("code").asText() + "@" + f.get("step_no").asInt()));
        assertThat(codes).containsExactly("DURATION_EXCEEDED@2", "WRONG_EXECUTOR@4");
        ImportResult other = upload("kegiatan", "activities.csv",
                java.nio.file.Files.readString(java.nio.file.Path.of("examples/activities.csv")), OPERATOR);
        assertThat(other.report().accepted()).isZero();
        assertThat(other.report().errors()).allSatisfy(e -> assertThat(e.field()).isEqualTo("unit"));
    }

    @Test
    void theColumnGuideListsTheInterchangeColumnsInIndonesian() throws Exception {
        String page = mvc.perform(get("/console/panduan-kolom").with(OPERATOR)).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString(StandardCharsets.UTF_8);

        assertThat(page).contains("data-column=\"event_id\"", "data-column=\"realization\"",
                "data-column=\"due_at\"", "Nomor langkah seperti di tabel SOP");
        String form = mvc.perform(get("/console/import").with(OPERATOR)).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(form).contains("href=\"/console/panduan-kolom\"", "/console/import/templat-indikator.xlsx");
    }

    private ImportResult upload(String kind, String name, String body, RequestPostProcessor caller) throws Exception {
        return shown(post(kind, name, body, caller), caller);
    }

    /** Uploads; the answer is a redirect to the result, so that a refresh never sends the file again. */
    private String post(String kind, String name, String body, RequestPostProcessor caller) throws Exception {
        MvcResult posted = mvc.perform(multipart("/console/import").file(file(name, body)).param("kind", kind)
                .with(csrf()).with(caller)).andExpect(status().is3xxRedirection()).andReturn();
        String target = posted.getResponse().getRedirectedUrl();
        assertThat(target).matches("/console/import\\?hasil=[0-9a-f]{32}");
        return target;
    }

    private ImportResult shown(String target, RequestPostProcessor caller) throws Exception {
        MvcResult result = mvc.perform(get(target).with(caller)).andExpect(status().isOk()).andReturn();
        return (ImportResult) result.getModelAndView().getModel().get("result");
    }

    private List<CSVRecord> download(String href, RequestPostProcessor caller) throws Exception {
        MvcResult result = mvc.perform(get(href).with(caller)).andExpect(status().isOk()).andReturn();
        assertThat(result.getResponse().getContentType()).startsWith("text/csv");
        assertThat(result.getResponse().getHeader("Content-Disposition")).contains("attachment").contains("-ditolak.csv");
        String body = result.getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(body).startsWith("\uFEFF");
        return parse(body.substring(1));
    }

    private static MockMultipartFile file(String name, String body) {
        return new MockMultipartFile("file", name, "application/octet-stream", body.getBytes(StandardCharsets.UTF_8));
    }

    private static List<CSVRecord> parse(String csv) throws IOException {
        return CSVFormat.RFC4180.parse(new java.io.StringReader(csv)).getRecords();
    }

    private static String csv(List<List<String>> rows) throws IOException {
        StringWriter out = new StringWriter();
        try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.RFC4180)) {
            for (List<String> row : rows) {
                printer.printRecord(row);
            }
        }
        return out.toString();
    }

    private static List<String> withAdded(List<String> header) {
        List<String> all = new ArrayList<>(header);
        all.addAll(ImportRefusedCsv.ADDED);
        return all;
    }
}
