package id.patuh.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import id.patuh.findings.FindingService;
import id.patuh.findings.FindingView;
import id.patuh.ingest.IngestService;

/**
 * The console's own pages in one language, the request's: Bahasa Indonesia without a header,
 * English with {@code Accept-Language: en} or {@code ?lang=en} (which the cookie then keeps).
 * Same configuration as {@link ConsoleFindingPagesTests}, so the context is shared.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"patuh.security.enabled=true", "patuh.evaluation.sweep-on-start=false",
            "patuh.console.page-size=5"})
@Import(FindingTestData.FixedClock.class)
class ConsoleLanguageIntegrationTests {

    @Autowired
    WebApplicationContext context;

    @Autowired
    IngestService ingest;

    @Autowired
    FindingService findings;

    private MockMvc mvc;

    @BeforeEach
    void data() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
        FindingTestData.load(ingest, findings);
    }

    @Test
    void theSignInPageIsIndonesianWithoutAHeaderAndEnglishWhenAskedFor() throws Exception {
        String id = html(get("/login"));
        assertThat(id).contains("<html lang=\"id\"").contains("Nama pengguna").contains("Kata sandi")
                .doesNotContain("Username").doesNotContain("Password").doesNotContain("class=\"en\"");
        assertThat(id).contains("href=\"/login?lang=en\"").contains("aria-current=\"true\"");
        assertThat(languageLink(id, "id")).contains("aria-current=\"true\"");
        assertThat(languageLink(id, "en")).doesNotContain("aria-current");

        String en = html(get("/login").header(HttpHeaders.ACCEPT_LANGUAGE, "en-US,en;q=0.9"));
        assertThat(en).contains("<html lang=\"en\"").contains("Username").contains("Password").contains("Sign in")
                .doesNotContain("Nama pengguna").doesNotContain("Kata sandi");
        assertThat(languageLink(en, "en")).contains("aria-current=\"true\"");

        assertThat(html(get("/login?gagal").header(HttpHeaders.ACCEPT_LANGUAGE, "en")))
                .contains("Wrong username or password.").doesNotContain("salah");
        assertThat(html(get("/login?gagal"))).contains("Nama pengguna atau kata sandi salah.")
                .doesNotContain("Wrong username");
    }

    @Test
    void langInTheQueryWinsOverTheHeaderAndIsKeptInTheCookie() throws Exception {
        MvcResult chosen = mvc.perform(get("/login?lang=en").header(HttpHeaders.ACCEPT_LANGUAGE, "id")).andReturn();
        assertThat(chosen.getResponse().getContentAsString()).contains("Username").doesNotContain("Nama pengguna");
        Cookie cookie = chosen.getResponse().getCookie("patuh-lang");
        assertThat(cookie).isNotNull();
        assertThat(cookie.getValue()).isEqualTo("en");

        assertThat(html(get("/login").cookie(cookie))).as("the choice sticks, without a header")
                .contains("<html lang=\"en\"").contains("Username");
        assertThat(html(get("/login?lang=id").cookie(cookie))).contains("Nama pengguna").doesNotContain("Username");
    }

    @Test
    void theMenuTheOverviewAndItsChartsFollowTheLanguage() throws Exception {
        String id = page("inspektur", get("/console"));
        assertThat(id).contains("<html lang=\"id\"").contains(">Beranda</a>").contains(">Temuan</a>")
                .contains("Ikhtisar kepatuhan").contains("langkah dalam Mutu Baku")
                .contains("<title id=\"tren-t\">Tren kepatuhan Mutu Baku per bulan</title>").contains(">Keluar<")
                .contains("kepatuhan SOP AP (PermenPAN-RB 35/2012)");
        assertThat(id).doesNotContain("Compliance overview").doesNotContain(">Home</a>")
                .doesNotContain("Mutu Baku compliance by month").doesNotContain("Sign out");

        for (MockHttpServletRequestBuilder english : new MockHttpServletRequestBuilder[] {
            get("/console").header(HttpHeaders.ACCEPT_LANGUAGE, "en"), get("/console?lang=en")}) {
            String en = page("inspektur", english);
            assertThat(en).contains("<html lang=\"en\"").contains(">Home</a>").contains(">Findings</a>")
                    .contains(">SOPs</a>").contains("Compliance overview").contains("steps within Mutu Baku")
                    .contains("<title id=\"tren-t\">Mutu Baku compliance by month</title>")
                    .contains("Ten findings to deal with first").contains(">Sign out<")
                    .contains("SOP AP compliance (PermenPAN-RB 35/2012)");
            assertThat(en).doesNotContain("Ikhtisar kepatuhan").doesNotContain(">Beranda</a>")
                    .doesNotContain("Tren kepatuhan").doesNotContain("Sepuluh temuan").doesNotContain(">Keluar<");
        }
    }

    @Test
    void theLanguageSwitchKeepsTheFiltersOfThePage() throws Exception {
        String html = page("inspektur", get("/console/findings?severity=tinggi&lang=en"));
        assertThat(languageLink(html, "id")).contains("href=\"/console/findings?severity=tinggi&amp;lang=id\"")
                .doesNotContain("aria-current");
        assertThat(languageLink(html, "en")).contains("href=\"/console/findings?severity=tinggi&amp;lang=en\"")
                .contains("aria-current=\"true\"");
        assertThat(html).contains(">Findings</h1>").contains("Clear filters").doesNotContain("Hapus filter")
                .doesNotContain(">Temuan</h1>");
        assertThat(page("inspektur", get("/console/findings?code=SOP_NOT_RATIFIED&severity=rendah&unit=kec-kemlagi")
                .header(HttpHeaders.ACCEPT_LANGUAGE, "en"))).contains("No findings match this filter.")
                .doesNotContain("Tidak ada temuan");
        // the filter's values stay the findings' own; the label follows the language
        assertThat(html).contains("<option value=\"tinggi\" selected=\"selected\">high</option>");
    }

    @Test
    void theFindingsListAndAFindingAreInTheRequestsLanguage() throws Exception {
        String id = ConsoleFindingPagesTests.plain(page("inspektur", get("/console/findings")));
        assertThat(id).contains("11 temuan").contains("halaman 1 dari 3").contains("Terapkan")
                .doesNotContain("findings").doesNotContain("Apply");
        String en = ConsoleFindingPagesTests.plain(page("inspektur", get("/console/findings")
                .header(HttpHeaders.ACCEPT_LANGUAGE, "en")));
        assertThat(en).contains("11 findings").contains("page 1 of 3").contains("Apply").contains("working days")
                .doesNotContain("Terapkan").doesNotContain("hari kerja");

        FindingView late = FindingTestData.finding(findings, FindingTestData.KEMLAGI_CASE, "DURATION_EXCEEDED");
        String detailEn = ConsoleFindingPagesTests.plain(page("sekcam-kemlagi", get("/console/findings/" + late.id())
                .header(HttpHeaders.ACCEPT_LANGUAGE, "en")));
        assertThat(detailEn).contains("Working time calculation")
                .contains("Step 2 used 1 h 30 min of working time, standard 1 hour: over by 30 min (1.5× the standard).")
                .doesNotContain(" 1 j 30 m")
                .contains("Started Friday 5 April 2024 15:50 WIB")
                .contains("Saturday 6 April 2024 — weekend")
                .contains("Monday 8 April 2024 — holiday: Cuti bersama Idul Fitri 1445 H")
                .contains("Step past its Mutu Baku time")
                .contains(late.messageEn());
        assertThat(detailEn).doesNotContain("Perhitungan waktu kerja").doesNotContain("akhir pekan")
                .doesNotContain("Jumat").doesNotContain(late.message());

        String detailId = ConsoleFindingPagesTests.plain(page("sekcam-kemlagi", get("/console/findings/" + late.id())));
        assertThat(detailId).contains("Perhitungan waktu kerja").contains(late.message())
                .doesNotContain("Working time").doesNotContain(late.messageEn());
    }

    @Test
    void aDecisionsNoticeIsInTheLanguageOfTheRequestThatMadeIt() throws Exception {
        FindingView wrong = FindingTestData.finding(findings, FindingTestData.KEMLAGI_CASE, "WRONG_EXECUTOR");
        for (String language : new String[] {"en", "id"}) {
            MvcResult empty = mvc.perform(post("/console/findings/" + wrong.id() + "/pengecualian").param("note", " ")
                    .header(HttpHeaders.ACCEPT_LANGUAGE, language).with(csrf())
                    .with(httpBasic("inspektur", "inspektur-pw"))).andReturn();
            assertThat(empty.getResponse().getStatus()).isEqualTo(302);
            String shown = ConsoleFindingPagesTests.plain(page("inspektur", get(empty.getResponse().getRedirectedUrl())
                    .flashAttrs(empty.getFlashMap()).header(HttpHeaders.ACCEPT_LANGUAGE, language)));
            if (language.equals("en")) {
                assertThat(shown).contains("Justification for the exception: this field is required.")
                        .contains("Set aside (not an audit item)").doesNotContain("wajib diisi");
            } else {
                assertThat(shown).contains("Justifikasi pengecualian wajib diisi.")
                        .contains("Kecualikan (bukan temuan audit)").doesNotContain("this field is required");
            }
        }
    }

    @Test
    void theErrorPageSpeaksTheRequestsLanguage() throws Exception {
        MvcResult id = mvc.perform(get("/console/findings/tidak-ada").with(httpBasic("inspektur", "inspektur-pw")))
                .andReturn();
        assertThat(id.getResponse().getStatus()).isEqualTo(404);
        assertThat(id.getResponse().getContentAsString()).contains("Halaman tidak ditemukan.")
                .contains("Kembali ke beranda").doesNotContain("Page not found");
        MvcResult en = mvc.perform(get("/console/findings/tidak-ada?lang=en")
                .with(httpBasic("inspektur", "inspektur-pw"))).andReturn();
        assertThat(en.getResponse().getStatus()).isEqualTo(404);
        assertThat(en.getResponse().getContentAsString()).contains("Page not found.").contains("Back to the start page")
                .doesNotContain("Halaman tidak ditemukan");
    }

    private String html(MockHttpServletRequestBuilder request) throws Exception {
        MvcResult result = mvc.perform(request).andReturn();
        assertThat(result.getResponse().getStatus()).isEqualTo(200);
        return result.getResponse().getContentAsString();
    }

    private String page(String user, MockHttpServletRequestBuilder request) throws Exception {
        String password = user.replaceAll("-.*", "") + "-pw";
        return html(request.with(httpBasic(user, password)));
    }

    /** The opening tag of the language switch's link to {@code code}. */
    private static String languageLink(String html, String code) {
        int at = html.indexOf("data-lang=\"" + code + "\"");
        assertThat(at).as("link to " + code).isNotNegative();
        return html.substring(html.lastIndexOf('<', at), html.indexOf('>', at) + 1);
    }
}
