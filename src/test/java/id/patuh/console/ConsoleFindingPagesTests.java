package id.patuh.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import id.patuh.findings.FindingService;
import id.patuh.findings.FindingStatus;
import id.patuh.findings.FindingView;
import id.patuh.ingest.IngestService;

/**
 * The findings pages as plain HTTP (no JavaScript): the list's filters, order, paging and tenant
 * scope, the detail page's evidence and working-time computation for a case computed by hand, and
 * the inspektorat's decisions with their refusals. Runs in the same application as
 * {@link ConsoleFindingsBrowserTests} (same configuration, one context).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"patuh.security.enabled=true", "patuh.evaluation.sweep-on-start=false",
            "patuh.console.page-size=5"})
@Import(FindingTestData.FixedClock.class)
class ConsoleFindingPagesTests {

    private static final Pattern ROW = Pattern.compile("data-finding=\"([0-9a-f]+)\"[^>]*data-severity=\"(\\w+)\"");

    @Autowired
    WebApplicationContext context;

    @Autowired
    IngestService ingest;

    @Autowired
    FindingService findings;

    @Autowired
    org.springframework.data.mongodb.core.MongoTemplate mongo;

    private MockMvc mvc;

    @BeforeEach
    void data() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
        FindingTestData.load(ingest, findings);
        FindingTestData.resetFollowUps(mongo);
    }

    @Test
    void listsTheCallersTenantsOnlyMostSevereFirstFivePerPage() throws Exception {
        List<String> severities = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        String first = page("inspektur", "/console/findings");
        assertThat(plain(first)).contains("11 temuan").contains("halaman 1 dari 3");
        assertThat(first).contains("href=\"/console/findings?page=2\"").doesNotContain("rel=\"prev\"");
        for (String path : List.of("/console/findings", "/console/findings?page=2", "/console/findings?page=3")) {
            Matcher rows = ROW.matcher(page("inspektur", path));
            while (rows.find()) {
                ids.add(rows.group(1));
                severities.add(rows.group(2));
            }
        }
        // the README's nine of setda-sidoarjo-perencanaan and the two of kec-kemlagi; none of kec-tanjunganom
        assertThat(ids).hasSize(11).doesNotHaveDuplicates();
        // rules v2: the two WRONG_EXECUTORs are rendah, the seed SOPs' executors being inferred
        assertThat(severities).containsExactly("tinggi", "tinggi", "tinggi", "sedang", "sedang", "sedang", "sedang",
                "rendah", "rendah", "rendah", "rendah");
        assertThat(page("inspektur", "/console/findings?page=3")).contains("rel=\"prev\"").doesNotContain("rel=\"next\"");
        assertThat(plain(page("inspektur", "/console/findings?page=99"))).as("past the end: the last page")
                .contains("halaman 3 dari 3");

        String sekcam = plain(page("sekcam-kemlagi", "/console/findings"));
        assertThat(sekcam).contains("2 temuan").contains("kml-uji-01 #2").contains("kml-uji-01 #3")
                .doesNotContain("setda-sidoarjo-perencanaan").doesNotContain("kec-tanjunganom");
        assertThat(plain(page("evaluator", "/console/findings?unit=kec-tanjunganom"))).contains("2 temuan");
    }

    @Test
    void filtersByCodeSeverityUnitSopPeriodStatusAndAge() throws Exception {
        assertThat(count("inspektur", "code=DURATION_EXCEEDED")).isEqualTo(3);
        assertThat(count("inspektur", "code=DURATION_EXCEEDED&severity=sedang")).isEqualTo(2);
        assertThat(count("inspektur", "severity=rendah")).isEqualTo(4);
        assertThat(count("inspektur", "unit=kec-kemlagi")).isEqualTo(2);
        assertThat(count("inspektur", "unit=setda-sidoarjo-perencanaan/bagian-umum")).isEqualTo(4);
        assertThat(count("inspektur", "sop=" + FindingTestData.KEMLAGI_SOP)).isEqualTo(2);
        assertThat(count("inspektur", "period=2024-Q1")).isEqualTo(4);
        // step findings belong to their case's quarter: every case here started in April
        assertThat(count("inspektur", "period=2024-Q2&code=DURATION_EXCEEDED")).isEqualTo(3);
        assertThat(count("inspektur", "period=2024-Q1&code=DURATION_EXCEEDED")).isZero();
        assertThat(count("inspektur", "unit=kec-tanjunganom")).as("outside the inspektur's tenants").isZero();

        FindingView wrongExecutor = FindingTestData.finding(findings, FindingTestData.KEMLAGI_CASE, "WRONG_EXECUTOR");
        recommend(wrongExecutor.id(), "Camat menegur pelaksana", "2024-05-31");
        assertThat(ids("inspektur", "/console/findings?status=belum_ditindaklanjuti&unit=kec-kemlagi"))
                .containsExactly(wrongExecutor.id());
        // the fixed clock stands at 2024-04-30: not overdue yet
        assertThat(count("inspektur", "overdue=true")).isZero();
        FindingView late = FindingTestData.finding(findings, FindingTestData.KEMLAGI_CASE, "DURATION_EXCEEDED");
        recommend(late.id(), "Percepat disposisi", "2024-04-29");
        assertThat(ids("inspektur", "/console/findings?overdue=true")).containsExactly(late.id());
        assertThat(page("inspektur", "/console/findings?overdue=true")).contains("data-testid=\"overdue\"")
                .contains("data-testid=\"filter-overdue\" checked=\"checked\"")
                .contains("/console/findings/export?format=xlsx&amp;overdue=true");
        MvcResult csv = mvc.perform(get("/console/findings/export?format=csv&overdue=true")
                .with(httpBasic("inspektur", "inspektur-pw"))).andReturn();
        assertThat(csv.getResponse().getContentType()).startsWith("text/csv");
        assertThat(csv.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8))
                .contains("Percepat disposisi").contains("2024-04-29").contains(",ya,")
                .doesNotContain("Camat menegur pelaksana");

        // every finding was raised "now" except the one of 10 April, 20 days ago. Changed expectation
        // (issue 15 point 6): the age shown is in working days (11: 16–19, 22–26, 29, 30 April)
        String aged = page("admin", "/console/findings?age=10");
        assertThat(plain(aged)).contains("1 temuan").contains("tjg-lama #1").contains("11 hari kerja");
        assertThat(count("admin", "age=25")).isZero();
        assertThat(plain(page("admin", "/console/findings?age=25"))).contains("Tidak ada temuan yang cocok");

        assertThat(plain(page("inspektur", "/console/findings?status=kabur&severity=parah&age=-3")))
                .contains("Status \"kabur\" tidak dikenal").contains("Tingkat \"parah\" tidak dikenal")
                .contains("Umur \"-3\" bukan jumlah hari").contains("11 temuan");
    }

    @Test
    void htmxGetsOnlyTheResultsAndTheFilterKeepsItsValues() throws Exception {
        String fragment = mvc.perform(get("/console/findings?code=DURATION_EXCEEDED").header("HX-Request", "true")
                .with(httpBasic("inspektur", "inspektur-pw"))).andReturn().getResponse().getContentAsString();
        assertThat(fragment).startsWith("<div id=\"findings-results\"").doesNotContain("<html").contains("3</strong> temuan");

        String page = page("inspektur", "/console/findings?code=DURATION_EXCEEDED&severity=sedang&sort=baru");
        assertThat(page).contains("<option value=\"DURATION_EXCEEDED\" selected=\"selected\">")
                .contains("<option value=\"sedang\" selected=\"selected\">")
                .contains("<option value=\"baru\" selected=\"selected\">")
                .contains("hx-get=\"/console/findings\"").contains("hx-push-url=\"true\"");
    }

    /**
     * Step 2 of kml-uji-01 was due Tuesday 16 April 2024 07:50 WIB; on 30 April the unit has had
     * 17–19, 22–26, 29 and 30 April: 10 working days. Step 3's wrong executor has no deadline: its
     * age counts from detection (30 April, 0 days) and the page says so.
     */
    @Test
    void theAgeIsInWorkingDaysFromTheDueInstantInTheListTheDetailPageAndTheJson() throws Exception {
        FindingView late = FindingTestData.finding(findings, FindingTestData.KEMLAGI_CASE, "DURATION_EXCEEDED");
        FindingView wrong = FindingTestData.finding(findings, FindingTestData.KEMLAGI_CASE, "WRONG_EXECUTOR");
        assertThat(late.umurHariKerja()).isEqualTo(10);
        assertThat(late.dilanggarPadaSumber()).isEqualTo("aturan");
        assertThat(wrong.umurHariKerja()).isZero();
        assertThat(wrong.dilanggarPadaSumber()).isEqualTo("deteksi");

        String detail = plain(page("inspektur", "/console/findings/" + late.id()));
        assertThat(detail).contains("Dilanggar pada 2024-04-16 07:50 WIB").contains("Umur 10 hari kerja");
        assertThat(plain(page("inspektur", "/console/findings/" + wrong.id()))).contains("(saat terdeteksi")
                .contains("Umur 0 hari kerja");
        String list = page("inspektur", "/console/findings?code=DURATION_EXCEEDED&sop=" + FindingTestData.KEMLAGI_SOP);
        assertThat(between(list, "data-finding=\"" + late.id() + "\"", "</tr>")).contains("10 hari kerja");

        String json = mvc.perform(get("/api/findings/" + late.id()).with(httpBasic("inspektur", password("inspektur"))))
                .andReturn().getResponse().getContentAsString();
        assertThat(json).contains("\"umur_hari_kerja\":10", "\"dilanggar_pada\":\"2024-04-16T00:50:00Z\"",
                "\"dilanggar_pada_sumber\":\"aturan\"", "\"detected_at\":");
    }

    @Test
    void theDetailPageExplainsTheWorkingTimeOfTheLateStepAsComputedByHand() throws Exception {
        FindingView late = FindingTestData.finding(findings, FindingTestData.KEMLAGI_CASE, "DURATION_EXCEEDED");
        String html = page("sekcam-kemlagi", "/console/findings/" + late.id());
        String text = plain(html);

        assertThat(between(html, "data-testid=\"explanation-headline\">", "</p>")).isEqualTo(
                "Langkah 2 memakai waktu kerja 1 j 30 m, standar 1 jam: lewat 30 m (1,5× standar).");
        assertThat(text).contains("Mulai Jumat 5 April 2024 15:50 WIB")
                .contains("Selesai Selasa 16 April 2024 08:20 WIB")
                .contains("Mutu Baku waktu \"60\" pada lembar SOP = 1 jam waktu kerja")
                .contains("Batas Mutu Baku Selasa 16 April 2024 07:50 WIB (setelah 1 jam waktu kerja sejak mulai)")
                .contains("Jumat 5 April 2024 07:30–11:30, 13:00–16:30 15:50–16:30 40 m")
                .contains("Selasa 16 April 2024 07:30–12:00, 13:00–16:00 07:30–08:20 50 m")
                .contains("Jam kantor (istirahat di antaranya tidak dihitung): 07:30–11:30, 13:00–16:30 (Jumat); "
                        + "07:30–12:00, 13:00–16:00 (Selasa)")
                .contains("Sabtu 6 April 2024 — akhir pekan")
                .contains("Senin 8 April 2024 — hari libur: Cuti bersama Idul Fitri 1445 H")
                .contains("Rabu 10 April 2024 — hari libur: Hari Raya Idul Fitri 1445 H")
                .contains("Senin 15 April 2024 — hari libur: Cuti bersama Idul Fitri 1445 H");
        assertThat(Pattern.compile("—").matcher(between(html, "data-testid=\"skipped-days\"", "</div>")).results()
                .count()).as("6 April to 15 April: ten days without office time").isEqualTo(10);

        // the rule, the step and the evidence
        assertThat(text).contains("DURATION_EXCEEDED finished step").contains(late.ruleSetVersion())
                .contains("Langkah SOP yang sudah selesai memakai waktu kerja lebih lama dari Mutu Baku waktunya")
                .contains("Menyampaikan format pengumpulan data dan informasi kinerja")
                .contains("Mutu Baku waktu \"60\" = 1 jam");
        assertThat(openingTag(html, "data-event=\"kml-uji-01-2\"")).contains("cited");
        assertThat(openingTag(html, "data-event=\"kml-uji-01-1\"")).doesNotContain("cited");
        assertThat(text).contains("2024-04-05 15:50 WIB").contains("2024-04-16 08:20 WIB").contains("19700101");

        // the timeline for everyone, the forms only for the inspektorat
        assertThat(html).contains("data-testid=\"timeline\"").contains("ditemukan oleh aturan DURATION_EXCEEDED")
                .doesNotContain("data-testid=\"decisions\"");
        assertThat(page("inspektur", "/console/findings/" + late.id())).contains("data-testid=\"form-rekomendasi\"")
                .contains("data-testid=\"form-pengecualian\"").doesNotContain("data-testid=\"form-tindak-lanjut\"");
    }

    @Test
    void dataCollectionFindingsExplainTheirDeadline() throws Exception {
        FindingView late = FindingTestData.subjectFinding(findings, "IKU-2", "LATE_SUBMISSION");
        String html = page("inspektur", "/console/findings/" + late.id());
        // due Wednesday 3 April 16:00 (closing time); Thursday counts 7 j 30 m, Friday 07:30-10:00 2 j 30 m
        assertThat(between(html, "data-testid=\"explanation-headline\">", "</p>")).isEqualTo(
                "Data pertama disampaikan 2024-04-05 10:00 WIB, batas 2024-04-03 16:00 WIB: terlambat 10 j 0 m waktu kerja.");
        assertThat(plain(html)).contains("Permintaan sda-req-iku2 batas Rabu 3 April 2024 16:00 WIB (kasus sda-2024-TW1)");
        assertThat(openingTag(html, "data-record=\"sda-iku2-q1\"")).contains("cited");
        assertThat(openingTag(html, "data-request=\"sda-req-iku2\"")).contains("cited");

        FindingView missing = FindingTestData.subjectFinding(findings, "IKU-3", "MISSING_SUBMISSION");
        assertThat(between(page("inspektur", "/console/findings/" + missing.id()),
                "data-testid=\"explanation-headline\">", "</p>"))
                .startsWith("Batas penyampaian 2024-04-03 16:00 WIB; sampai 2024-04-30 12:00 WIB data belum disampaikan: lewat ")
                .endsWith(" waktu kerja.");
    }

    @Test
    void aFindingOutsideTheCallersTenantsIsNotFound() throws Exception {
        FindingView sidoarjo = FindingTestData.finding(findings, FindingTestData.SIDOARJO_CASE, "STEP_SKIPPED");
        MvcResult hidden = mvc.perform(get("/console/findings/" + sidoarjo.id())
                .with(httpBasic("sekcam-kemlagi", "sekcam-pw"))).andReturn();
        assertThat(hidden.getResponse().getStatus()).isEqualTo(404);
        assertThat(hidden.getResponse().getContentAsString()).contains("Halaman tidak ditemukan")
                .doesNotContain(sidoarjo.message());
        FindingView tanjunganom = FindingTestData.finding(findings, "tjg-uji-01", "WRONG_EXECUTOR");
        assertThat(status("inspektur", get("/console/findings/" + tanjunganom.id()))).isEqualTo(404);
        assertThat(status("inspektur", get("/console/findings/tidak-ada"))).isEqualTo(404);
        assertThat(status("inspektur", post("/console/findings/" + tanjunganom.id() + "/pengecualian")
                .param("note", "coba").with(csrf()))).isEqualTo(404);
        assertThat(findings.find(tanjunganom.id()).orElseThrow().status()).isEqualTo(FindingStatus.TERBUKA);
    }

    /**
     * The console's follow-up, step by step and role by role: the inspektorat accepts the audit
     * item, only the unit (OPERATOR/SEKCAM of that unit) reports, only the inspektorat judges.
     */
    @Test
    void eachFollowUpStepIsTakenOnlyByItsRoleAndShowsOnThePage() throws Exception {
        FindingView late = FindingTestData.finding(findings, FindingTestData.KEMLAGI_CASE, "DURATION_EXCEEDED");
        String id = late.id();
        for (String other : List.of("sekcam-kemlagi", "operator-kemlagi", "evaluator", "admin")) {
            assertThat(status(other, post("/console/findings/" + id + "/rekomendasi").param("rekomendasi", "r")
                    .param("penanggungJawab", "p").param("batasWaktu", "2024-05-31").with(csrf()))).as(other)
                    .isEqualTo(403);
        }
        assertThat(mvc.perform(post("/console/findings/" + id + "/rekomendasi").param("rekomendasi", "r")
                .with(httpBasic("inspektur", "inspektur-pw"))).andReturn().getResponse().getStatus())
                .as("no CSRF token").isEqualTo(403);

        MvcResult accepted = recommend(id, "Percepat disposisi surat masuk", "2024-05-31");
        assertThat(accepted.getResponse().getRedirectedUrl()).isEqualTo("/console/findings/" + id);
        String afterAccept = plain(follow("inspektur", accepted));
        assertThat(afterAccept).contains("Temuan diterima sebagai temuan audit.")
                .contains("Percepat disposisi surat masuk").contains("Sekcam Kemlagi").contains("2024-05-31");
        assertThat(findings.find(id).orElseThrow().status()).isEqualTo(FindingStatus.BELUM_DITINDAKLANJUTI);

        for (String other : List.of("inspektur", "evaluator", "admin")) {
            assertThat(status(other, post("/console/findings/" + id + "/tindak-lanjut").param("note", "x")
                    .with(csrf()))).as(other).isEqualTo(403);
        }
        String sekcamPage = page("sekcam-kemlagi", "/console/findings/" + id);
        assertThat(sekcamPage).contains("data-testid=\"form-tindak-lanjut\"")
                .doesNotContain("data-testid=\"form-sesuai\"");
        String report = "Disposisi kini paling lama 1 jam " + System.nanoTime();
        MvcResult reported = mvc.perform(post("/console/findings/" + id + "/tindak-lanjut").param("note", report)
                .param("bukti", "nd-7, nd-8").with(csrf()).with(httpBasic("operator-kemlagi", "operator-pw")))
                .andReturn();
        assertThat(plain(follow("operator-kemlagi", reported))).contains("Tindak lanjut dilaporkan.")
                .contains(report).contains("nd-7, nd-8");
        FindingView inProgress = findings.find(id).orElseThrow();
        assertThat(inProgress.status()).isEqualTo(FindingStatus.DALAM_PROSES);
        assertThat(inProgress.tindakLanjut().riwayat().get(1).bukti()).containsExactly("nd-7", "nd-8");
        assertThat(inProgress.history().get(inProgress.history().size() - 1))
                .extracting(FindingView.HistoryEntry::actor, FindingView.HistoryEntry::note)
                .containsExactly("operator-kemlagi", report);

        for (String other : List.of("sekcam-kemlagi", "operator-kemlagi", "evaluator", "admin")) {
            assertThat(status(other, post("/console/findings/" + id + "/sesuai").param("note", "x").with(csrf())))
                    .as(other).isEqualTo(403);
        }
        String done = plain(follow("inspektur", decide("inspektur", id, "sesuai", "Bukti disposisi diperiksa")));
        assertThat(done).contains("Tindak lanjut diterima sesuai rekomendasi.").contains("dalam_proses → sesuai");
        assertThat(findings.find(id).orElseThrow().status()).isEqualTo(FindingStatus.SESUAI);
        // other roles see the steps in the timeline, but no forms
        String evaluator = page("evaluator", "/console/findings/" + id);
        assertThat(plain(evaluator)).contains(report);
        assertThat(evaluator).doesNotContain("data-testid=\"decisions\"");
    }

    /** All terbuka findings of the current filter under one recommendation, from the list page. */
    @Test
    void theInspektoratAcceptsEveryTerbukaFindingOfTheFilteredListAtOnce() throws Exception {
        FindingView wrong = FindingTestData.finding(findings, FindingTestData.KEMLAGI_CASE, "WRONG_EXECUTOR");
        FindingView late = FindingTestData.finding(findings, FindingTestData.KEMLAGI_CASE, "DURATION_EXCEEDED");
        assertThat(page("inspektur", "/console/findings?unit=kec-kemlagi")).contains("data-testid=\"recommend-list\"");
        assertThat(page("sekcam-kemlagi", "/console/findings")).doesNotContain("data-testid=\"recommend-list\"");
        assertThat(status("sekcam-kemlagi", post("/console/findings/rekomendasi").param("unit", "kec-kemlagi")
                .param("rekomendasi", "r").param("penanggungJawab", "p").param("batasWaktu", "2024-05-31")
                .with(csrf()))).isEqualTo(403);

        MvcResult none = mvc.perform(post("/console/findings/rekomendasi").param("rekomendasi", "r")
                .param("penanggungJawab", "p").param("batasWaktu", "2024-05-31").with(csrf())
                .with(httpBasic("inspektur", "inspektur-pw"))).andReturn();
        assertThat(plain(follow("inspektur", none))).contains("Pilih dulu saringan daftar");
        assertThat(findings.find(wrong.id()).orElseThrow().status()).isEqualTo(FindingStatus.TERBUKA);

        MvcResult all = mvc.perform(post("/console/findings/rekomendasi").param("unit", "kec-kemlagi")
                .param("code", "WRONG_EXECUTOR").param("rekomendasi", "Tetapkan pelaksana dengan SK")
                .param("penanggungJawab", "Camat").param("batasWaktu", "2024-05-31").with(csrf())
                .with(httpBasic("inspektur", "inspektur-pw"))).andReturn();
        assertThat(all.getResponse().getRedirectedUrl()).isEqualTo("/console/findings?unit=kec-kemlagi&code=WRONG_EXECUTOR");
        assertThat(plain(follow("inspektur", all))).contains("1 temuan diterima sebagai temuan audit");
        assertThat(findings.find(wrong.id()).orElseThrow().tindakLanjut().rekomendasi())
                .isEqualTo("Tetapkan pelaksana dengan SK");
        assertThat(findings.find(late.id()).orElseThrow().status()).as("outside the filter")
                .isEqualTo(FindingStatus.TERBUKA);
    }

    @Test
    void anEmptyNoteOrARefusedChangeIsToldOnThePageNeverA500() throws Exception {
        FindingView wrong = FindingTestData.finding(findings, FindingTestData.KEMLAGI_CASE, "WRONG_EXECUTOR");
        FindingStatus before = findings.find(wrong.id()).orElseThrow().status();

        MvcResult empty = decide("inspektur", wrong.id(), "rekomendasi", "   ");
        assertThat(empty.getResponse().getStatus()).isEqualTo(302);
        // one language, the request's: Indonesian without Accept-Language (ConsoleLanguageIntegrationTests asks in English)
        assertThat(plain(follow("inspektur", empty))).contains("Rekomendasi, penanggung jawab dan batas waktu wajib diisi.")
                .doesNotContain("Recommendation, person responsible and due date are required.");
        assertThat(plain(follow("inspektur", decide("inspektur", wrong.id(), "pengecualian", ""))))
                .contains("Justifikasi pengecualian wajib diisi.");

        MvcResult refused = decide("inspektur", wrong.id(), "buka", "dibuka lagi");
        String page = follow("inspektur", refused);
        assertThat(plain(page)).contains("Langkah ini tidak dapat diambil pada temuan berstatus " + before.label() + ".")
                .doesNotContain("This step is not allowed");
        assertThat(findings.find(wrong.id()).orElseThrow().status()).isEqualTo(before);

        String tooLong = "panjang ".repeat(300).strip();
        String kept = follow("inspektur", decide("inspektur", wrong.id(), "pengecualian", tooLong));
        assertThat(plain(kept)).contains("Catatan terlalu panjang (paling banyak 2000 karakter).");
        assertThat(kept).as("the typed note is kept for the next try").contains(tooLong + "</textarea>");
        assertThat(findings.find(wrong.id()).orElseThrow().status()).isEqualTo(before);

        assertThat(status("inspektur", post("/console/findings/" + wrong.id() + "/hapus").param("note", "x")
                .with(csrf()))).as("unknown decision").isEqualTo(404);
        assertThat(status("inspektur", post("/console/findings/x/x").param("note", "x").with(csrf()))).isEqualTo(404);
    }

    private MvcResult recommend(String id, String rekomendasi, String due) throws Exception {
        return mvc.perform(post("/console/findings/" + id + "/rekomendasi").param("rekomendasi", rekomendasi)
                .param("penanggungJawab", "Sekcam Kemlagi").param("batasWaktu", due).with(csrf())
                .with(httpBasic("inspektur", "inspektur-pw"))).andReturn();
    }

    private MvcResult decide(String user, String id, String action, String note) throws Exception {
        return mvc.perform(post("/console/findings/" + id + "/" + action).param("note", note).with(csrf())
                .with(httpBasic(user, password(user)))).andReturn();
    }

    /** The page a redirect leads to, with the flash attributes it carried. */
    private String follow(String user, MvcResult redirect) throws Exception {
        Map<String, Object> flash = redirect.getFlashMap();
        return mvc.perform(get(redirect.getResponse().getRedirectedUrl()).flashAttrs(flash)
                .with(httpBasic(user, password(user)))).andReturn().getResponse().getContentAsString();
    }

    private String page(String user, String path) throws Exception {
        MvcResult result = mvc.perform(get(path).with(httpBasic(user, password(user)))).andReturn();
        assertThat(result.getResponse().getStatus()).as(path).isEqualTo(200);
        return result.getResponse().getContentAsString();
    }

    private int status(String user, MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.with(httpBasic(user, password(user)))).andReturn().getResponse().getStatus();
    }

    private long count(String user, String query) throws Exception {
        Matcher m = Pattern.compile("<strong>(\\d+)</strong> temuan").matcher(page(user, "/console/findings?" + query));
        assertThat(m.find()).isTrue();
        return Long.parseLong(m.group(1));
    }

    private List<String> ids(String user, String path) throws Exception {
        return ROW.matcher(page(user, path)).results().map(r -> r.group(1)).toList();
    }

    private static String password(String user) {
        return switch (user) {
            case "inspektur" -> "inspektur-pw";
            case "sekcam-kemlagi" -> "sekcam-pw";
            case "evaluator" -> "evaluator-pw";
            case "operator-kemlagi" -> "operator-pw";
            default -> "admin-pw";
        };
    }

    /** The page's text: tags dropped, whitespace collapsed, the entities Thymeleaf writes undone. */
    static String plain(String html) {
        return unescape(html.replaceAll("(?s)<(script|style)[^>]*>.*?</\\1>", " ").replaceAll("<[^>]+>", " ")
                .replaceAll("\\s+", " "));
    }

    private static String between(String html, String start, String end) {
        int from = html.indexOf(start);
        assertThat(from).as(start).isNotNegative();
        int to = html.indexOf(end, from + start.length());
        return unescape(html.substring(from + start.length(), to)).strip();
    }

    private static String openingTag(String html, String attribute) {
        int at = html.indexOf(attribute);
        assertThat(at).as(attribute).isNotNegative();
        return html.substring(html.lastIndexOf('<', at), html.indexOf('>', at) + 1);
    }

    private static String unescape(String text) {
        return text.replace("&quot;", "\"").replace("&#39;", "'").replace("&lt;", "<").replace("&gt;", ">")
                .replace("&amp;", "&");
    }
}
