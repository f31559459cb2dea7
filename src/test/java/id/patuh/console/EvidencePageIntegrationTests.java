package id.patuh.console;

import static id.patuh.console.SopSheetIntegrationTests.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.HttpHeaders;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import id.patuh.evidence.Evidence;
import id.patuh.evidence.EvidenceService;
import id.patuh.evidence.EvidenceTarget;
import id.patuh.findings.FindingFilter;
import id.patuh.findings.FindingService;
import id.patuh.cases.DataKind;
import id.patuh.ingest.IngestListener;
import id.patuh.ingest.IngestService;
import id.patuh.ingest.InputFormat;
import id.patuh.security.Role;
import id.patuh.security.TenantScope;

/**
 * Evidence attached outside the step form, on the console page {@code /console/catat/bukti}: to a
 * step run already stored, an indicator record and a finding's follow-up; refused, with the
 * reason in both languages, for a target that does not exist in the caller's units.
 */
@SpringBootTest(properties = {"patuh.security.enabled=true", "patuh.evaluation.sweep-on-start=false"})
@AutoConfigureMockMvc
class EvidencePageIntegrationTests {

    static final String SOP = "kemlagi-pengumpulan-data-kinerja";
    static final RequestPostProcessor OPERATOR = as("operator-kemlagi", Role.OPERATOR, "kec-kemlagi");
    static final byte[] PDF = "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n".getBytes(StandardCharsets.US_ASCII);

    @Autowired
    MockMvc mvc;

    @Autowired
    IngestService ingest;

    @Autowired
    EvidenceService evidence;

    @Autowired
    FindingService findings;

    @BeforeEach
    void rows() {
        // a late first step (1 h against its standard), so the case has a finding to follow up
        ingest(DataKind.ACTIVITIES, """
                event_id,sop_code,case_id,unit,step_no,actor_role,started_at,finished_at,kelengkapan,output
                bp-1,%1$s,bp-case,kec-kemlagi,1,Camat,2024-04-02T08:00:00+07:00,2024-04-02T10:00:00+07:00,Nota Dinas,Dokumen
                sda-bp-1,sidoarjo-perencanaan-pengumpulan-data-kinerja,bp-sda,setda-sidoarjo-perencanaan,1,Sekretaris Daerah,2024-04-02T08:00:00+07:00,2024-04-02T08:10:00+07:00,,
                """.formatted(SOP));
        ingest(DataKind.INDICATORS, """
                record_id,unit,indicator_code,period,target_period,realization
                bp-rec-1,kec-kemlagi/kasi-pemerintahan,IKU-BP,2024-Q1,10,9
                """);
    }

    @Test
    void attachesFilesToAStepRunAlreadyRecorded() throws Exception {
        MvcResult result = attach("event", "bp-1", "kec-kemlagi", "notulen.pdf", "surat.pdf");

        FormNotice notice = notice(result);
        assertThat(notice.kind()).isEqualTo("ok");
        List<Evidence> stored = evidence.list("kec-kemlagi", EvidenceTarget.EVENT, "bp-1", TenantScope.ALL);
        assertThat(stored).extracting(Evidence::fileName).contains("notulen.pdf", "surat.pdf");
        assertThat(notice.text()).contains("2 bukti tersimpan", stored.get(stored.size() - 1).id());
        assertThat(result.getResponse().getRedirectedUrl()).startsWith("/console/catat/bukti?target=event")
                .contains("target_id=bp-1");

        String page = mvc.perform(get(result.getResponse().getRedirectedUrl()).with(OPERATOR))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("data-testid=\"evidence-files\"", stored.get(0).id(), "notulen.pdf");
    }

    @Test
    void attachesToAnIndicatorRecordUnderTheRecordsOwnUnit() throws Exception {
        assertThat(notice(attach("record", "bp-rec-1", "kec-kemlagi", "realisasi.pdf")).kind()).isEqualTo("ok");

        assertThat(evidence.list("kec-kemlagi", EvidenceTarget.RECORD, "bp-rec-1", TenantScope.ALL))
                .extracting(Evidence::unit).contains("kec-kemlagi/kasi-pemerintahan");
    }

    @Test
    void attachesToTheFollowUpOfAFindingOfTheCallersUnit() throws Exception {
        String findingId = findings.list(new FindingFilter(null, SOP, "DURATION_EXCEEDED", null, null, null,
                "kec-kemlagi", "bp-case"), 0, 10).items().get(0).id();

        MvcResult result = attach("finding", findingId, null, "tindak-lanjut.pdf");

        assertThat(notice(result).kind()).isEqualTo("ok");
        assertThat(evidence.ofFinding(findingId, TenantScope.ALL)).extracting(Evidence::fileName)
                .contains("tindak-lanjut.pdf");
        String page = mvc.perform(get(result.getResponse().getRedirectedUrl()).with(OPERATOR))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("tindak-lanjut.pdf");
    }

    @Test
    void refusesATargetThatDoesNotExistInTheCallersUnits() throws Exception {
        FormNotice missing = notice(attach("event", "tidak-ada-1", "kec-kemlagi", "x.pdf"));
        assertThat(missing.kind()).isEqualTo("error");
        assertThat(missing.text()).contains("x.pdf ditolak", "langkah (event_id) tidak-ada-1 tidak ada pada unit "
                + "kec-kemlagi", "simpan datanya dulu");
        assertThat(missing.text()).doesNotContain("does not exist");

        // another tenant's event, named under the caller's own unit: not there
        assertThat(notice(attach("event", "sda-bp-1", "kec-kemlagi", "x.pdf")).text())
                .contains("sda-bp-1 tidak ada pada unit kec-kemlagi");
        // under its real unit: not the caller's
        assertThat(notice(attach("event", "sda-bp-1", "setda-sidoarjo-perencanaan", "x.pdf")).text())
                .contains("bukan wewenang");
        assertThat(notice(attach("record", "bp-1", "kec-kemlagi", "x.pdf")).text())
                .contains("catatan indikator (record_id) bp-1 tidak ada");
        assertThat(notice(attach("finding", "temuan-lain", null, "x.pdf")).text())
                .contains("temuan temuan-lain tidak ditemukan");
        assertThat(evidence.list("kec-kemlagi", EvidenceTarget.EVENT, "tidak-ada-1", TenantScope.ALL)).isEmpty();
        assertThat(evidence.list("setda-sidoarjo-perencanaan", EvidenceTarget.EVENT, "sda-bp-1", TenantScope.ALL))
                .isEmpty();
    }

    @Test
    void saysTheRefusalInEnglishOnlyWhenThePageAsksForIt() throws Exception {
        FormNotice byHeader = notice(mvc.perform(attachRequest("event", "tidak-ada-1", "kec-kemlagi", "x.pdf")
                .header(HttpHeaders.ACCEPT_LANGUAGE, "en-GB,en;q=0.9").with(csrf()).with(OPERATOR))
                .andExpect(status().is3xxRedirection()).andReturn());
        assertThat(byHeader.kind()).isEqualTo("error");
        assertThat(byHeader.text()).contains("x.pdf refused", "event tidak-ada-1 does not exist in unit kec-kemlagi")
                .doesNotContain("ditolak", "tidak ada pada unit");

        MvcResult byChoice = mvc.perform(attachRequest("event", "tidak-ada-1", "kec-kemlagi").param("lang", "en")
                .with(csrf()).with(OPERATOR)).andExpect(status().is3xxRedirection()).andReturn();
        assertThat(notice(byChoice).text()).isEqualTo("Choose a file to attach.");

        String page = mvc.perform(get("/console/catat/bukti").param("lang", "en").with(OPERATOR))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("<h1>Attach evidence</h1>", "a step already recorded (event_id)", "Store evidence")
                .doesNotContain("Lampirkan bukti", "Simpan bukti", "class=\"en\"");
    }

    @Test
    void speaksIndonesianOnlyWithoutAHeader() throws Exception {
        String page = mvc.perform(get("/console/catat/bukti").with(OPERATOR))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("<h1>Lampirkan bukti</h1>", "langkah yang sudah dicatat (event_id)", "Simpan bukti")
                .doesNotContain("Attach evidence", "Store evidence", "class=\"en\"");
        assertThat(notice(attach("event", "bp-1", "kec-kemlagi")).text()).isEqualTo("Pilih berkas untuk dilampirkan.");
    }

    @Test
    void theLinkBackLeadsOnlyToAConsolePage() throws Exception {
        assertThat(EvidencePageController.safeReturn("/console/findings/abc")).isEqualTo("/console/findings/abc");
        assertThat(EvidencePageController.safeReturn("https://contoh.example/console/")).isNull();
        assertThat(EvidencePageController.safeReturn("//contoh.example/console/")).isNull();
        assertThat(EvidencePageController.safeReturn("/console//contoh.example")).isNull();
        String page = mvc.perform(get("/console/catat/bukti").param("kembali", "https://contoh.example").with(OPERATOR))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).doesNotContain("contoh.example").contains("data-testid=\"evidence-form\"");
    }

    private MvcResult attach(String target, String targetId, String unit, String... names) throws Exception {
        return mvc.perform(attachRequest(target, targetId, unit, names).with(csrf()).with(OPERATOR))
                .andExpect(status().is3xxRedirection()).andReturn();
    }

    private static MockMultipartHttpServletRequestBuilder attachRequest(String target, String targetId, String unit,
            String... names) {
        MockMultipartHttpServletRequestBuilder request = multipart("/console/catat/bukti");
        request.param("target", target).param("target_id", targetId);
        if (unit != null) {
            request.param("unit", unit);
        }
        for (String name : names) {
            request.file(new MockMultipartFile("berkas", name, "application/pdf", PDF));
        }
        return request;
    }

    private static FormNotice notice(MvcResult result) {
        return (FormNotice) result.getFlashMap().get("notice");
    }

    private void ingest(DataKind kind, String csv) {
        ingest.ingest(kind, InputFormat.CSV, new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)),
                "bukti-halaman", IngestListener.NONE);
    }
}
