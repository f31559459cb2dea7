package id.patuh.console;

import static id.patuh.console.SopSheetIntegrationTests.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import id.patuh.findings.FindingFilter;
import id.patuh.findings.FindingService;
import id.patuh.cases.StoredCases;
import id.patuh.cases.StoreKeys;
import id.patuh.security.Role;

/**
 * Issue 16's "done when": a case of a seed SOP run step by step through the console forms gives
 * the same findings as the same events sent as CSV to {@code /api/activities} and as the SOP's
 * filled Excel template, each into a unit of its own. The case has a decision answered
 * {@code tidak} (rework), several people on one step, a late step, a missing Kelengkapan and a
 * form sent twice.
 */
@SpringBootTest(properties = {"patuh.security.enabled=true", "patuh.evaluation.sweep-on-start=false"})
@AutoConfigureMockMvc
class StepRecordingEquivalenceIntegrationTests {

    static final String SOP = "sidoarjo-perencanaan-pengumpulan-data-kinerja";
    static final String UNIT = "setda-sidoarjo-perencanaan";
    static final String CSV_UNIT = "uji-setara-csv";
    static final String XLSX_UNIT = "uji-setara-xlsx";
    static final RequestPostProcessor OPERATOR = as("operator-sda", Role.OPERATOR, UNIT);
    static final RequestPostProcessor API = as("operator-uji", Role.OPERATOR, CSV_UNIT, XLSX_UNIT);

    /** The case, in the order it happened. */
    static final List<Run> CASE = List.of(
            new Run(1, "Sekretaris Daerah", "sekda", "2024-04-02T08:00", "2024-04-02T08:30", "Surat Pemberitahuan",
                    "Disposisi Surat", null),
            new Run(2, "Asisten Administrasi Umum", "asisten", "2024-04-02T08:30", "2024-04-02T09:00", "Surat Masuk",
                    "Disposisi Surat", null),
            new Run(3, "Kabag Perencanaan", "kabag", "2024-04-02T09:00", "2024-04-02T09:30", "Surat Masuk",
                    "Disposisi Surat", null),
            new Run(4, "JF", "jf", "2024-04-02T09:30", "2024-04-02T10:00", "Surat Masuk", "Disposisi Surat", null),
            // late: 10:00–14:00 is 3 working hours (the 12:00–13:00 break does not count) against "1 Jam"
            new Run(5, "Staf Perencanaan", "staf", "2024-04-02T10:00", "2024-04-02T14:00", "Surat Masuk", "Nota Dinas",
                    null),
            // several people on one step: two bagian hand in their data
            new Run(6, "Bagian", "bagian-umum", "2024-04-03T08:00", "2024-04-03T11:00", "Data Kinerja",
                    "Data Kinerja", null),
            new Run(6, "Bagian", "bagian-hukum", "2024-04-03T08:10", "2024-04-03T12:00", "Data Kinerja",
                    "Data Kinerja", null),
            new Run(7, "JF", "jf", "2024-04-03T13:00", "2024-04-03T14:00", "Data Kinerja", "Rekap Data Kinerja", null),
            new Run(8, "Kabag Perencanaan", "kabag", "2024-04-03T14:00", "2024-04-03T14:30",
                    "Verifikasi Data Kinerja", "", "tidak"),
            new Run(7, "JF", "jf", "2024-04-03T14:30", "2024-04-03T15:00", "Data Kinerja", "Rekap Data Kinerja", null),
            new Run(8, "Kabag Perencanaan", "kabag", "2024-04-03T15:00", "2024-04-03T15:20",
                    "Verifikasi Data Kinerja", "Data kinerja valid", "ya"),
            // the Kelengkapan box left unticked
            new Run(9, "Staf Perencanaan", "staf", "2024-04-04T08:00", "2024-04-04T08:30", "", "Data kinerja", null),
            new Run(10, "Kabag Perencanaan", "kabag", "2024-04-04T08:30", "2024-04-04T09:00", "Validasi data kinerja",
                    "Pengumpulan data kinerja", null));

    record Run(int step, String role, String actor, String start, String finish, String kelengkapan, String output,
            String decision) {
    }

    @Autowired
    MockMvc mvc;

    @Autowired
    FindingService findings;

    @Autowired
    StoredCases cases;

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void theConsoleTheCsvAndTheExcelTemplateGiveTheSameFindings() throws Exception {
        String casePage = mvc.perform(get("/console/catat/" + SOP).with(OPERATOR))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        String caseId = casePage.substring(casePage.indexOf("case=") + 5);
        List<String> eventIds = new ArrayList<>();
        for (Run run : CASE) {
            String eventId = formEventId(casePage, run.step());
            eventIds.add(eventId);
            mvc.perform(saved(run, eventId, caseId)).andExpect(status().is3xxRedirection());
            if (run.step() == 6 && eventIds.size() == 6) {
                // the same form sent twice: a duplicate, not a third run of step 6
                mvc.perform(saved(run, eventId, caseId)).andExpect(status().is3xxRedirection());
            }
        }
        assertThat(cases.findCase(StoreKeys.caseKey(UNIT, caseId)).orElseThrow().events()).hasSize(CASE.size());

        JsonNode csv = json.readTree(mvc.perform(post("/api/activities").contentType("text/csv")
                .content(csv(eventIds, caseId, CSV_UNIT)).with(csrf()).with(API)).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8));
        assertThat(csv.get("accepted").asInt()).as(csv.toString()).isEqualTo(CASE.size());
        byte[] template = mvc.perform(get("/api/sops/" + SOP + "/template.xlsx").with(API)).andReturn()
                .getResponse().getContentAsByteArray();
        JsonNode xlsx = json.readTree(mvc.perform(post("/api/activities")
                .contentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
                .content(filled(template, eventIds, caseId)).with(csrf()).with(API)).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8));
        assertThat(xlsx.get("accepted").asInt()).as(xlsx.toString()).isEqualTo(CASE.size());
        assertThat(xlsx.get("rejected").asInt()).isZero();

        List<String> console = findingsOf(UNIT, caseId);
        assertThat(console).anySatisfy(f -> assertThat(f).startsWith("DURATION_EXCEEDED@5 sedang")
                .contains("3 j 0 m"));
        assertThat(console).anySatisfy(f -> assertThat(f).startsWith("MISSING_KELENGKAPAN@9 rendah"));
        assertThat(console).noneMatch(f -> f.startsWith("STEP_OUT_OF_ORDER") || f.startsWith("DECISION_NOT_FOLLOWED")
                || f.startsWith("STEP_SKIPPED"));
        assertThat(findingsOf(CSV_UNIT, caseId)).isEqualTo(console);
        assertThat(findingsOf(XLSX_UNIT, caseId)).isEqualTo(console);
    }

    @Test
    void theRecordingPageShowsTheStoredCaseAsTheSopsFlow() throws Exception {
        String casePage = mvc.perform(get("/console/catat/" + SOP).with(OPERATOR))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        String caseId = casePage.substring(casePage.indexOf("case=") + 5);
        // up to the verification answered "tidak"
        for (Run run : CASE.subList(0, 9)) {
            mvc.perform(saved(run, formEventId(casePage, run.step()), caseId));
        }

        var model = mvc.perform(get(casePage).with(OPERATOR)).andExpect(status().isOk()).andReturn().getModelAndView()
                .getModel();
        @SuppressWarnings("unchecked")
        List<CaseFlowStep> flow = (List<CaseFlowStep>) model.get("flow");
        assertThat(model.get("recorded")).isEqualTo(9);
        assertThat(flow).extracting(s -> s.state().text()).containsExactly("selesai", "selesai", "selesai", "selesai",
                "selesai", "selesai", "selesai", "selesai", "belum", "belum");
        assertThat(flow.get(4).over()).isTrue();
        assertThat(flow.get(4).runs().get(0).timing()).startsWith("Lewat Mutu Baku: memakai 3 j 0 m dari standar 1 jam");
        assertThat(flow.get(5).runs()).extracting(CaseFlowRun::actorId).containsExactly("bagian-umum", "bagian-hukum");
        assertThat(flow.get(6).runs()).hasSize(1);
        assertThat(flow.get(7).runs()).extracting(CaseFlowRun::decision).containsExactly("tidak");
        // after the "tidak" the flow goes back to step 7
        assertThat(flow).filteredOn(CaseFlowStep::next).extracting(s -> s.step().no()).containsExactly(7);
        String html = mvc.perform(get(casePage).with(OPERATOR)).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(html).contains("lewat Mutu Baku", "Ya → langkah 9 · Tidak → langkah 7", "bagian-hukum");
    }

    @Test
    void aRunningStepIsCompletedUnderItsOwnEventIdAndKeepsItsEvidence() throws Exception {
        String casePage = mvc.perform(get("/console/catat/" + SOP).with(OPERATOR))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        String caseId = casePage.substring(casePage.indexOf("case=") + 5);
        String eventId = formEventId(casePage, 1);
        Run running = new Run(1, "Sekretaris Daerah", "sekda", "2024-04-02T08:00", "", "Surat Pemberitahuan",
                "Disposisi Surat", null);
        mvc.perform(saved(running, eventId, caseId).file(new org.springframework.mock.web.MockMultipartFile("lampiran",
                "disposisi.pdf", "application/pdf", "%PDF-1.4\n%bukti\n".getBytes(StandardCharsets.US_ASCII))));
        String page = mvc.perform(get(casePage).with(OPERATOR)).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("data-testid=\"flow-complete\"", "masih berjalan");
        Matcher started = Pattern.compile("name=\"started_at\" value=\"([^\"]+\\+07:00)\"").matcher(page);
        assertThat(started.find()).isTrue();

        var done = mvc.perform(multipart("/console/catat/" + SOP).param("event_id", eventId).param("unit", UNIT)
                .param("case", caseId).param("step_no", "1").param("actor_role", "Sekretaris Daerah")
                .param("actor_id", "sekda").param("started_at", started.group(1))
                .param("finished_at", "2024-04-02T08:40").param("kelengkapan", "Surat Pemberitahuan")
                .param("output", "Disposisi Surat").with(csrf()).with(OPERATOR)).andReturn();
        assertThat(((FormNotice) done.getFlashMap().get("notice")).kind()).isEqualTo("ok");

        var stored = cases.findCase(StoreKeys.caseKey(UNIT, caseId)).orElseThrow().events();
        assertThat(stored).singleElement().satisfies(e -> assertThat(e.finishedAt()).isNotNull());
        @SuppressWarnings("unchecked")
        List<CaseFlowStep> flow = (List<CaseFlowStep>) mvc.perform(get(casePage).with(OPERATOR)).andReturn()
                .getModelAndView().getModel().get("flow");
        assertThat(flow.get(0).state()).isEqualTo(CaseFlowStep.State.SELESAI);
        assertThat(flow.get(0).runs().get(0).evidence()).hasSize(1);
    }

    private List<String> findingsOf(String tenant, String caseId) {
        List<String> found = new ArrayList<>();
        findings.forEach(new FindingFilter(null, SOP, null, null, null, null, tenant, caseId), f -> found.add(
                f.code() + "@" + f.stepNo() + " " + f.severity() + " " + f.rule() + " | " + f.message() + " | "
                        + f.messageEn() + " | " + f.evidence() + " | " + f.sopVersion()));
        found.sort(null);
        return found;
    }

    /** The event id of the step's form as the page shows it now (a new one each time the page is opened). */
    private String formEventId(String casePage, int step) throws Exception {
        String page = mvc.perform(get(casePage).with(OPERATOR)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        Matcher form = Pattern.compile("<form[^>]*data-testid=\"record-step\"[^>]*>").matcher(page);
        boolean found = false;
        while (!found && form.find()) {
            found = form.group().contains("data-step=\"" + step + "\"");
        }
        assertThat(found).as("form of step " + step).isTrue();
        Matcher id = Pattern.compile("name=\"event_id\" value=\"([^\"]+)\"").matcher(page);
        assertThat(id.find(form.end())).isTrue();
        return id.group(1);
    }

    private static MockMultipartHttpServletRequestBuilder saved(Run run, String eventId, String caseId) {
        MockMultipartHttpServletRequestBuilder form = multipart("/console/catat/" + SOP);
        form.param("event_id", eventId).param("unit", UNIT).param("case", caseId)
                .param("step_no", String.valueOf(run.step())).param("actor_role", run.role())
                .param("actor_id", run.actor()).param("started_at", run.start()).param("finished_at", run.finish())
                .param("output", run.output());
        if (!run.kelengkapan().isEmpty()) {
            form.param("kelengkapan", run.kelengkapan());
        }
        if (run.decision() != null) {
            form.param("decision", run.decision());
        }
        return (MockMultipartHttpServletRequestBuilder) form.with(csrf()).with(OPERATOR);
    }

    private static String csv(List<String> eventIds, String caseId, String unit) {
        StringBuilder csv = new StringBuilder("event_id,sop_code,case_id,unit,step_no,actor_role,actor_id,started_at,"
                + "finished_at,kelengkapan,output,decision\n");
        for (int i = 0; i < CASE.size(); i++) {
            Run r = CASE.get(i);
            csv.append(String.join(",", eventIds.get(i), SOP, caseId, unit, String.valueOf(r.step()), r.role(),
                    r.actor(), r.start() + ":00+07:00", r.finish() + ":00+07:00", r.kelengkapan(), r.output(),
                    r.decision() == null ? "" : r.decision())).append('\n');
        }
        return csv.toString();
    }

    /** The SOP's template, filled in as an operator would: one row per run, times as Excel dates. */
    private static byte[] filled(byte[] template, List<String> eventIds, String caseId) throws Exception {
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(template))) {
            Sheet data = book.getSheetAt(0);
            CellStyle time = book.createCellStyle();
            time.setDataFormat(book.createDataFormat().getFormat("dd/mm/yyyy hh:mm"));
            for (int i = 0; i < CASE.size(); i++) {
                Run r = CASE.get(i);
                Row row = data.getRow(i + 1) == null ? data.createRow(i + 1) : data.getRow(i + 1);
                List<Object> values = List.of(eventIds.get(i), SOP, caseId, XLSX_UNIT, r.step(), "", r.role(),
                        r.actor(), LocalDateTime.parse(r.start()), LocalDateTime.parse(r.finish()), r.kelengkapan(),
                        r.output(), r.decision() == null ? "" : r.decision());
                for (int c = 0; c < values.size(); c++) {
                    Object v = values.get(c);
                    if (v instanceof Integer n) {
                        row.createCell(c).setCellValue(n);
                    } else if (v instanceof LocalDateTime t) {
                        row.createCell(c).setCellValue(t);
                        row.getCell(c).setCellStyle(time);
                    } else {
                        row.createCell(c).setCellValue(v.toString());
                    }
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            book.write(out);
            return out.toByteArray();
        }
    }
}
