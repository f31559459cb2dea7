package id.patuh.console;

import static id.patuh.console.SopSheetIntegrationTests.admin;
import static id.patuh.console.SopSheetIntegrationTests.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.HttpHeaders;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.web.util.HtmlUtils;

import id.patuh.ingest.RowError;
import id.patuh.security.Role;

/**
 * The import, column guide, evidence, recording and SOP pages speak one language, the request's:
 * Indonesian without a header and no English words of their own; English with
 * {@code Accept-Language: en} or {@code ?lang=en}. The SOP sheet translates only its chrome: the
 * form's words (PermenPAN-RB 35/2012) and the SOP's content stay as the catalog has them.
 */
@SpringBootTest(properties = {"patuh.security.enabled=true", "patuh.evaluation.sweep-on-start=false"})
@AutoConfigureMockMvc
class ConsolePagesLanguageIntegrationTests {

    static final RequestPostProcessor OPERATOR = as("operator-kemlagi", Role.OPERATOR, "kec-kemlagi");
    static final RequestPostProcessor SEKCAM = as("sekcam-kemlagi", Role.SEKCAM, "kec-kemlagi");
    static final String KEMLAGI = ImportPageIntegrationTests.KEMLAGI;

    @Autowired
    MockMvc mvc;

    @Test
    void theUploadPage() throws Exception {
        assertSpeaks("/console/import", OPERATOR,
                List.of("<h1>Unggah data</h1>", "Impor terakhir Anda", "Jenis data", ">kegiatan</option>"),
                List.of("<h1>Upload data</h1>", "Your recent imports", "Kind of data", ">activities</option>"));
    }

    @Test
    void theColumnGuide() throws Exception {
        assertSpeaks("/console/panduan-kolom", OPERATOR,
                List.of("<h1>Panduan kolom</h1>", "<th>Arti</th>", "Log kegiatan SOP (kegiatan)"),
                List.of("<h1>Column guide</h1>", "<th>Meaning</th>", "SOP activity log (kegiatan)"));
    }

    @Test
    void theEvidencePage() throws Exception {
        assertSpeaks("/console/catat/bukti", OPERATOR,
                List.of("<h1>Lampirkan bukti</h1>", "Simpan bukti", "catatan indikator (record_id)"),
                List.of("<h1>Attach evidence</h1>", "Store evidence", "an indicator record (record_id)"));
    }

    @Test
    void theRecordingPages() throws Exception {
        assertSpeaks("/console/catat", SEKCAM, List.of("<h1>Catat langkah</h1>", "Mulai kasus baru"),
                List.of("<h1>Record steps</h1>", "Start a new case"));
        String casePage = mvc.perform(get("/console/catat/" + KEMLAGI).with(SEKCAM))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        assertSpeaks(casePage, SEKCAM,
                List.of("Catat langkah ini", ">belum</span>", "Simpan langkah", "Mutu Baku waktu:"),
                List.of("Record this step", ">not started</span>", "Save step", "Mutu Baku time:"));
    }

    @Test
    void theSopImportPage() throws Exception {
        assertSpeaks("/console/sop-import", admin(), List.of("<h1>Impor SOP</h1>", ">Baca</button>", "Dokumen SOP"),
                List.of("<h1>Import an SOP document</h1>", ">Read</button>", "SOP document"));
    }

    @Test
    void theSopList() throws Exception {
        assertSpeaks("/console/sops", admin(), List.of("<h1>Katalog SOP</h1>", "<th>Tanggal efektif</th>"),
                List.of("<h1>SOP catalog</h1>", "<th>Effective date</th>"));
    }

    @Test
    void theSopSheetTranslatesItsChromeButNotTheRegulationsForm() throws Exception {
        String path = "/console/sops/" + SopSheetIntegrationTests.SIDOARJO;
        assertSpeaks(path, admin(),
                List.of(">Tampilkan</button>", "Daftar SOP", "Cetak dengan Ctrl+P", "· halaman 1 dari"),
                List.of(">Show</button>", "SOP list", "Print with Ctrl+P", "· page 1 of"));
        String indonesian = page(get(path), admin());
        String english = page(get(path).header(HttpHeaders.ACCEPT_LANGUAGE, "en"), admin());
        // the form's column names and identity block, as PermenPAN-RB 35/2012 words them, in both
        for (String formWord : List.of("<th rowspan=\"2\">Kegiatan</th>", "<th colspan=\"3\">Mutu Baku</th>",
                "<th>Kelengkapan</th>", "<th>Waktu</th>", "<th>Output</th>", "Nomor SOP", "Dasar Hukum:")) {
            assertThat(indonesian).contains(formWord);
            assertThat(english).contains(formWord);
        }
    }

    @Test
    void anUploadThatCannotBeReadIsToldInTheLanguageOfThePage() throws Exception {
        MvcResult english = mvc.perform(multipart("/console/import").param("kind", "kegiatan")
                .header(HttpHeaders.ACCEPT_LANGUAGE, "en-US,en;q=0.8").with(csrf()).with(OPERATOR))
                .andExpect(status().isBadRequest()).andReturn();
        assertThat(problem(english)).isEqualTo("Choose a file to upload (an empty file cannot be imported).");
        assertThat(english.getResponse().getContentAsString(StandardCharsets.UTF_8))
                .contains("<h1>Upload data</h1>").doesNotContain("Pilih berkas");

        MvcResult chosen = mvc.perform(multipart("/console/import").param("kind", "lain").param("lang", "en")
                .with(csrf()).with(OPERATOR)).andExpect(status().isBadRequest()).andReturn();
        assertThat(problem(chosen)).isEqualTo("Choose the kind of data: activities, indicators or requests.");

        MvcResult indonesian = mvc.perform(multipart("/console/import").param("kind", "kegiatan")
                .with(csrf()).with(OPERATOR)).andExpect(status().isBadRequest()).andReturn();
        assertThat(problem(indonesian))
                .isEqualTo("Pilih berkas yang akan diunggah (berkas kosong tidak dapat diimpor).");
    }

    @Test
    void rowErrorsShowTheTextOfThePagesLanguageOfTheTwoTheReportKeeps() throws Exception {
        String csv = ImportPageIntegrationTests.HEADER + "\n"
                + "lang-imp-1," + KEMLAGI + ",lang-case-1,kec-kemlagi,1,Camat,,2024-04-01T08:00:00+07:00,kemarin,,,\n";
        MvcResult posted = mvc.perform(multipart("/console/import").file(new MockMultipartFile("file", "bahasa.csv",
                "text/csv", csv.getBytes(StandardCharsets.UTF_8))).param("kind", "kegiatan").with(csrf())
                .with(OPERATOR)).andExpect(status().is3xxRedirection()).andReturn();
        String target = posted.getResponse().getRedirectedUrl();
        MvcResult shown = mvc.perform(get(target).with(OPERATOR)).andExpect(status().isOk()).andReturn();
        RowError error = ((ImportResult) shown.getModelAndView().getModel().get("result")).report().errors().get(0);
        assertThat(error.reason()).isNotEqualTo(error.reasonEn());
        String indonesian = shown.getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(indonesian).contains(HtmlUtils.htmlEscape(error.reason()))
                .doesNotContain(HtmlUtils.htmlEscape(error.reasonEn()), "<th>Reason</th>");

        for (MockHttpServletRequestBuilder english : List.of(get(target).param("lang", "en"),
                get(target).header(HttpHeaders.ACCEPT_LANGUAGE, "en"))) {
            String page = page(english, OPERATOR);
            assertThat(page).contains(HtmlUtils.htmlEscape(error.reasonEn()), "<th>Reason</th>", "Import result",
                    "Download refused rows (CSV)").doesNotContain(HtmlUtils.htmlEscape(error.reason()), "Hasil impor");
        }
    }

    @Test
    void aRecordedStepIsAcknowledgedInTheLanguageOfThePage() throws Exception {
        MvcResult english = mvc.perform(step("lang-rec-1", "lang-rec-case", "kec-kemlagi")
                .header(HttpHeaders.ACCEPT_LANGUAGE, "en")).andExpect(status().is3xxRedirection()).andReturn();
        assertThat(notice(english).text()).isEqualTo("Step 1 stored (lang-rec-1).");
        MvcResult again = mvc.perform(step("lang-rec-1", "lang-rec-case", "kec-kemlagi").param("lang", "en"))
                .andExpect(status().is3xxRedirection()).andReturn();
        assertThat(notice(again).text()).isEqualTo("Step 1 was already stored (lang-rec-1); not stored twice.");

        MvcResult refused = mvc.perform(step("lang-rec-2", "lang-rec-foreign", "setda-sidoarjo-perencanaan")
                .header(HttpHeaders.ACCEPT_LANGUAGE, "en")).andExpect(status().is3xxRedirection()).andReturn();
        assertThat(notice(refused).kind()).isEqualTo("error");
        assertThat(notice(refused).text()).startsWith("Step 1 refused: ").doesNotContain("ditolak", "bukan wewenang");

        MvcResult indonesian = mvc.perform(step("lang-rec-3", "lang-rec-foreign", "setda-sidoarjo-perencanaan"))
                .andExpect(status().is3xxRedirection()).andReturn();
        assertThat(notice(indonesian).text()).startsWith("Langkah 1 ditolak: ").contains("bukan wewenang");
    }

    /** The page without a header, with {@code Accept-Language: en} and with {@code ?lang=en}. */
    private void assertSpeaks(String path, RequestPostProcessor caller, List<String> indonesian, List<String> english)
            throws Exception {
        String plain = page(get(path), caller);
        assertThat(plain).contains(indonesian).contains("<html lang=\"id\"");
        english.forEach(word -> assertThat(plain).doesNotContain(word));
        // the page's own part: the menu and footer of the layout are the layout's to translate
        assertThat(main(plain)).as("no English under the Indonesian").doesNotContain("class=\"en\"");
        for (MockHttpServletRequestBuilder asked : List.of(get(path).header(HttpHeaders.ACCEPT_LANGUAGE, "en-GB,en;q=0.9"),
                get(path).param("lang", "en"))) {
            String page = page(asked, caller);
            assertThat(page).contains(english).contains("<html lang=\"en\"");
            indonesian.forEach(word -> assertThat(page).doesNotContain(word));
        }
    }

    private static String main(String page) {
        return page.substring(page.indexOf("<main"), page.indexOf("</main>"));
    }

    private String page(MockHttpServletRequestBuilder request, RequestPostProcessor caller) throws Exception {
        return mvc.perform(request.with(caller)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    private static String problem(MvcResult result) {
        return ((ImportResult.Problem) result.getModelAndView().getModel().get("problem")).message();
    }

    private static FormNotice notice(MvcResult result) {
        return (FormNotice) result.getFlashMap().get("notice");
    }

    private static MockHttpServletRequestBuilder step(String eventId, String caseId, String unit) {
        return multipart("/console/catat/" + KEMLAGI).param("event_id", eventId).param("unit", unit)
                .param("case", caseId).param("step_no", "1").param("actor_role", "Camat")
                .param("actor_id", "sekcam-kemlagi").param("started_at", "2024-04-02T08:00")
                .param("finished_at", "2024-04-02T08:02").param("kelengkapan", "Nota Dinas").param("output", "Dokumen")
                .with(csrf()).with(SEKCAM);
    }
}
