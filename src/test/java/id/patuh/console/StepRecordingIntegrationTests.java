package id.patuh.console;

import static id.patuh.console.SopSheetIntegrationTests.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import id.patuh.cases.StoreKeys;
import id.patuh.cases.StoredCases;
import id.patuh.ingest.IngestService;
import id.patuh.evidence.EvidenceService;
import id.patuh.evidence.EvidenceTarget;
import id.patuh.security.Role;
import id.patuh.security.TenantScope;

/**
 * Recording a step in the console goes through the ingest of the API: the step is stored once
 * however often the form is sent, its attachment becomes evidence of its event, and only the
 * caller's units can be recorded.
 */
@SpringBootTest(properties = {"patuh.security.enabled=true", "patuh.evaluation.sweep-on-start=false"})
@AutoConfigureMockMvc
class StepRecordingIntegrationTests {

    static final String SOP = "kemlagi-pengumpulan-data-kinerja";
    static final RequestPostProcessor SEKCAM = as("sekcam-kemlagi", Role.SEKCAM, "kec-kemlagi");

    @Autowired
    MockMvc mvc;

    @Autowired
    IngestService ingest;

    @Autowired
    StoredCases cases;

    @Autowired
    EvidenceService evidence;

    @Test
    void aStepIsStoredOnceWithItsAttachmentHoweverOftenTheFormIsSent() throws Exception {
        String casePage = mvc.perform(get("/console/catat/" + SOP).with(SEKCAM)).andExpect(status().is3xxRedirection())
                .andReturn().getResponse().getRedirectedUrl();
        assertThat(casePage).contains("unit=kec-kemlagi", "case=kec-kemlagi-");
        String page = mvc.perform(get(casePage).with(SEKCAM)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        String caseId = value(page, "case");
        String eventId = value(page, "event_id");
        assertThat(eventId).startsWith(caseId + "-1-");

        MvcResult first = mvc.perform(step(eventId, caseId, "kec-kemlagi")
                .file(new MockMultipartFile("lampiran", "nota.pdf", "application/pdf", "%PDF-1.4\n%bukti\n".getBytes())))
                .andExpect(status().is3xxRedirection()).andReturn();
        assertThat(((FormNotice) first.getFlashMap().get("notice")).text()).contains("tersimpan", "1 lampiran");
        MvcResult again = mvc.perform(step(eventId, caseId, "kec-kemlagi")).andReturn();
        assertThat(((FormNotice) again.getFlashMap().get("notice")).text()).contains("sudah tersimpan sebelumnya");

        var stored = cases.findCase(StoreKeys.caseKey("kec-kemlagi", caseId)).orElseThrow();
        assertThat(stored.events()).singleElement().satisfies(e -> {
            assertThat(e.eventId()).isEqualTo(eventId);
            assertThat(e.actorId()).isEqualTo("sekcam-kemlagi");
            assertThat(e.kelengkapan()).containsExactly("Nota Dinas");
            assertThat(e.finishedAt()).isNotNull();
        });
        assertThat(evidence.list("kec-kemlagi", EvidenceTarget.EVENT, eventId, TenantScope.ALL))
                .singleElement().satisfies(e -> assertThat(e.mediaType()).isEqualTo("application/pdf"));
    }

    @Test
    void onlyTheCallersUnitsCanBeRecorded() throws Exception {
        mvc.perform(get("/console/catat/sidoarjo-perencanaan-pengumpulan-data-kinerja").with(SEKCAM))
                .andExpect(status().isNotFound());
        MvcResult foreign = mvc.perform(step("rec-foreign-1", "rec-foreign", "setda-sidoarjo-perencanaan")).andReturn();
        assertThat(((FormNotice) foreign.getFlashMap().get("notice")).text()).contains("ditolak", "bukan wewenang");
        String list = mvc.perform(get("/console/catat").with(SEKCAM)).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(list).contains("/console/catat/" + SOP).doesNotContain("sidoarjo-perencanaan-pengumpulan");
    }

    @Test
    void aCaseOfAnotherSopIsNotRecordedHere() throws Exception {
        ingest.ingest(id.patuh.cases.DataKind.ACTIVITIES, id.patuh.ingest.InputFormat.CSV,
                new java.io.ByteArrayInputStream(("event_id,sop_code,case_id,unit,step_no,actor_role,started_at\n"
                        + "lain-1,tanjunganom-mekanisme-pengumpulan-data-kinerja,kasus-sop-lain,kec-kemlagi,1,Camat,"
                        + "2024-04-02T08:00:00+07:00\n").getBytes(StandardCharsets.UTF_8)), "uji",
                id.patuh.ingest.IngestListener.NONE);

        mvc.perform(get("/console/catat/" + SOP).param("unit", "kec-kemlagi").param("case", "kasus-sop-lain")
                .with(SEKCAM)).andExpect(status().isNotFound());
    }

    private static MockMultipartHttpServletRequestBuilder step(String eventId, String caseId, String unit) {
        return (MockMultipartHttpServletRequestBuilder) multipart("/console/catat/" + SOP).param("event_id", eventId)
                .param("unit", unit).param("case", caseId).param("step_no", "1").param("actor_role", "Camat")
                .param("actor_id", "sekcam-kemlagi").param("started_at", "2024-04-02T08:00")
                .param("finished_at", "2024-04-02T08:02").param("kelengkapan", "Nota Dinas").param("output", "Dokumen")
                .with(csrf()).with(SEKCAM);
    }

    private static String value(String page, String name) {
        Matcher m = Pattern.compile("name=\"" + name + "\" value=\"([^\"]+)\"").matcher(page);
        assertThat(m.find()).as(name).isTrue();
        return m.group(1);
    }
}
