package id.patuh.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

import id.patuh.findings.FindingService;
import id.patuh.ingest.IngestService;

/**
 * Every console page, for every role, on a phone (390x844, mobile) and an office laptop
 * (1366x900): the page never scrolls sideways, sign-out is on screen, and on the phone every
 * control takes a thumb and no field makes iOS zoom (PageFit). The findings list is a stack of
 * cards on the phone and a table on the laptop. Screenshots of every page go to target/screenshots/
 * ({user}-{screen}-{page}.png as seen, and on the phone {page}-lengkap.png: the whole page).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"patuh.security.enabled=true", "patuh.evaluation.sweep-on-start=false"})
@Import(FindingTestData.FixedClock.class)
class ConsoleLayoutBrowserTests {

    static final Path SCREENSHOTS = ConsoleBrowser.BUILD_DIR.resolve("screenshots");
    /** The phone header: 223 px before (issue 17); now brand, sign-out and a wrapped menu. */
    static final int PHONE_HEADER_MAX_PX = 160;

    private static final List<Screen> SCREENS = List.of(new Screen("390x844", 390, 844, true),
            new Screen("1366x900", 1366, 900, false));

    /** The test users whose roles read the reports (docs/console.md): all but the operator. */
    private static final java.util.Set<String> READS_REPORTS = java.util.Set.of("admin", "inspektur", "sekcam-kemlagi",
            "evaluator");

    /** The Grafana dashboards each test user's role is meant to see (GrafanaDashboards, docs/console.md). */
    private static final java.util.Map<String, List<String>> DASHBOARDS = java.util.Map.of(
            "admin", List.of("patuh-sekcam", "patuh-inspektorat", "patuh-sakip", "patuh-operasional"),
            "inspektur", List.of("patuh-sekcam", "patuh-inspektorat", "patuh-sakip"),
            "sekcam-kemlagi", List.of("patuh-sekcam"),
            "operator-kemlagi", List.of(),
            "evaluator", List.of("patuh-sakip"));

    @LocalServerPort
    int port;

    @Autowired
    IngestService ingest;

    @Autowired
    FindingService findings;

    @BeforeEach
    void data() {
        FindingTestData.load(ingest, findings);
    }

    @ParameterizedTest
    @ValueSource(strings = {"admin", "inspektur", "sekcam-kemlagi", "operator-kemlagi", "evaluator"})
    void everyPageFitsAPhoneAndALaptop(String username) throws Exception {
        List<String> problems = new ArrayList<>();
        try (ConsoleBrowser browser = ConsoleBrowser.open(port)) {
            browser.signIn(username, username.replaceAll("-.*", "") + "-pw");
            List<Page> pages = pages(browser, username);
            for (Screen screen : SCREENS) {
                browser.viewport(screen.width(), screen.height(), screen.phone());
                for (Page page : pages) {
                    page.visit().accept(browser);
                    browser.waitFor(By.tagName("body"));
                    String where = username + " " + screen.name() + " " + page.name();
                    problems.addAll(PageFit.problems(browser, where, screen.width(), screen.phone(), page.console()));
                    if (page.console()) {
                        problems.addAll(headerAndCards(browser, where, screen, page));
                        problems.addAll(dashboards(browser, where, username, page));
                    }
                    Path png = browser.screenshotTo(SCREENSHOTS.resolve(
                            username + "-" + screen.name() + "-" + page.name() + ".png"));
                    assertThat(Files.size(png)).isGreaterThan(5_000);
                    if (screen.phone()) {
                        browser.fullPageTo(SCREENSHOTS.resolve(username + "-" + screen.name() + "-" + page.name()
                                + "-lengkap.png"));
                    }
                }
            }
        }
        assertThat(problems).as("layout problems").isEmpty();
    }

    /** The pages the signed-in caller's menu offers, and the pages one click further. */
    private List<Page> pages(ConsoleBrowser browser, String username) throws Exception {
        browser.go("/console");
        List<String> menu = browser.driver().findElements(By.cssSelector(".topbar nav a")).stream()
                .map(a -> a.getAttribute("data-menu")).toList();
        List<Page> pages = new ArrayList<>();
        pages.add(Page.of("beranda", "/console"));
        pages.add(Page.of("sop", "/console/sops"));
        pages.add(Page.of("lembar-sop", "/console/sops/" + SopSheetIntegrationTests.SIDOARJO));
        pages.add(Page.of("lembar-sop-bukti", "/console/sops/" + FindingTestData.KEMLAGI_SOP
                + "?unit=kec-kemlagi&period=2024-Q2"));
        pages.add(Page.of("panduan-kolom", "/console/panduan-kolom"));
        if (menu.contains("temuan")) {
            pages.add(Page.of("temuan", "/console/findings"));
            pages.add(Page.of("temuan-satu", "/console/findings/" + FindingTestData.finding(findings,
                    FindingTestData.KEMLAGI_CASE, "DURATION_EXCEEDED", 2).id()));
        }
        if (menu.contains("catat")) {
            pages.add(Page.of("catat", "/console/catat"));
            pages.add(Page.of("catat-kasus", "/console/catat/" + FindingTestData.KEMLAGI_SOP + "?unit=kec-kemlagi"));
        }
        if (menu.contains("unggah")) {
            pages.add(Page.of("unggah", "/console/import"));
            pages.add(Page.of("unggah-hasil", upload(browser)));
        }
        if (menu.contains("impor-sop")) {
            pages.add(Page.of("impor-sop", "/console/sop-import"));
            pages.add(new Page("impor-sop-draf", true, ConsoleLayoutBrowserTests::uploadSopDocument));
        }
        if (READS_REPORTS.contains(username)) {
            pages.add(new Page("laporan-kesiapan", false, b -> b.go("/reports/readiness?unit=kec-kemlagi&period=2024")));
            pages.add(new Page("laporan-monitoring", false,
                    b -> b.go("/reports/monitoring?unit=kec-kemlagi&half=2024-S1")));
        }
        return pages;
    }

    /** The phone header is short; the findings list is cards on a phone and a table on a laptop. */
    private static List<String> headerAndCards(ConsoleBrowser browser, String where, Screen screen, Page page) {
        List<String> problems = new ArrayList<>();
        long header = ((Number) browser.script("return document.querySelector('.topbar').offsetHeight")).longValue();
        if (screen.phone() && header > PHONE_HEADER_MAX_PX) {
            problems.add(where + ": the header is " + header + " px tall (at most " + PHONE_HEADER_MAX_PX + ")");
        }
        if (page.name().equals("temuan")) {
            String display = (String) browser.script("""
                    const row = document.querySelector('tr[data-finding]');
                    return row ? getComputedStyle(row).display : 'no rows';""");
            String wanted = screen.phone() ? "block" : "table-row";
            if (!wanted.equals(display)) {
                problems.add(where + ": a finding row is displayed as " + display + ", not " + wanted);
            }
        }
        return problems;
    }

    /**
     * Only the role's own Grafana dashboards, in the footer and anywhere else on the page. The
     * start page is left to its footer: its body is the overview's (issue 17 points 1-3).
     */
    private static List<String> dashboards(ConsoleBrowser browser, String where, String username, Page page) {
        String scope = page.name().equals("beranda") ? "footer " : "";
        List<String> shown = browser.driver().findElements(By.cssSelector(scope + "a[href*='/d/patuh-']")).stream()
                .map(a -> a.getAttribute("href").replaceAll(".*/d/", "").replaceAll("\\?.*", "")).distinct().toList();
        return shown.equals(DASHBOARDS.get(username)) ? List.of()
                : List.of(where + ": Grafana dashboards " + shown + ", not " + DASHBOARDS.get(username));
    }

    private String upload(ConsoleBrowser browser) throws Exception {
        Path file = Files.createTempDirectory(Files.createDirectories(ConsoleBrowser.BUILD_DIR.resolve("tmp")),
                "unggah-").resolve("kegiatan-tata-letak.csv");
        Files.writeString(file, ImportPageIntegrationTests.UPLOAD.replace("imp-", "lay-"), StandardCharsets.UTF_8);
        browser.go("/console/import");
        browser.byTestId("import-file").sendKeys(file.toAbsolutePath().toString());
        browser.byTestId("import-submit").click();
        browser.byTestId("import-result");
        return browser.currentPath();
    }

    /** The draft page is the answer to a POST: read the seed document again for each screen. */
    private static void uploadSopDocument(ConsoleBrowser browser) {
        try {
            Path seed = Path.of("src/test/resources/seeds/004_a947354f45166391.txt").toAbsolutePath();
            browser.go("/console/sop-import");
            browser.byTestId("sop-import-file").sendKeys(seed.toString());
            browser.find(By.cssSelector("[data-testid='sop-import-form'] button[type=submit]")).click();
            browser.byTestId("sop-import-yaml");
        } catch (RuntimeException e) {
            throw new AssertionError("the SOP document draft did not open", e);
        }
    }

    record Screen(String name, int width, int height, boolean phone) {
    }

    record Page(String name, boolean console, java.util.function.Consumer<ConsoleBrowser> visit) {
        static Page of(String name, String path) {
            return new Page(name, true, browser -> browser.go(path));
        }
    }
}
