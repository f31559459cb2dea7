package id.patuh.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import id.patuh.cases.DataKind;
import id.patuh.catalog.CatalogService;
import id.patuh.catalog.Sop;
import id.patuh.catalog.SopStep;
import id.patuh.evidence.Evidence;
import id.patuh.evidence.EvidenceService;
import id.patuh.evidence.EvidenceTarget;
import id.patuh.ingest.IngestListener;
import id.patuh.ingest.IngestReport;
import id.patuh.ingest.IngestService;
import id.patuh.ingest.InputFormat;
import id.patuh.security.PatuhUser;
import id.patuh.security.Role;
import id.patuh.security.TenantScope;

/**
 * The SOP pages as the server renders them: every catalog SOP drawn step by step with the right
 * symbols, arrows and page connectors; the evidence of hand-built cases with known working
 * durations; the tenant scope of the evidence.
 */
@SpringBootTest(properties = {"patuh.security.enabled=true", "patuh.evaluation.sweep-on-start=false"})
@AutoConfigureMockMvc
class SopSheetIntegrationTests {

    static final String SIDOARJO = "sidoarjo-perencanaan-pengumpulan-data-kinerja";
    private static final Pattern ELEMENT = Pattern.compile("<(path|g)\\b[^>]*>");

    @Autowired
    MockMvc mvc;

    @Autowired
    CatalogService catalog;

    @Autowired
    IngestService ingest;

    @Autowired
    EvidenceService files;

    @Test
    void listsEveryCatalogSopWithItsStepsAndPelaksana() throws Exception {
        String html = mvc.perform(get("/console/sops").with(as("sekcam-kemlagi", Role.SEKCAM, "kec-kemlagi")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        for (Sop sop : catalog.sops()) {
            assertThat(html).contains("data-sop=\"" + sop.code() + "\"").contains(sop.roleNames().get(0));
        }
        assertThat(html).contains("12 Maret 2024");
    }

    @Test
    void drawsEveryStepOfEveryCatalogSopExactlyOnceWithTheRightSymbol() throws Exception {
        for (Sop sop : catalog.sops()) {
            MvcResult result = sheet(sop.code(), "", admin());
            SopSheet sheet = (SopSheet) result.getModelAndView().getModel().get("sheet");
            List<Map<String, String>> drawn = elements(result.getResponse().getContentAsString());
            List<Map<String, String>> symbols = drawn.stream().filter(e -> e.containsKey("data-step")).toList();

            assertThat(symbols).as(sop.code()).extracting(e -> Integer.parseInt(e.get("data-step")))
                    .containsExactlyElementsOf(IntStream.rangeClosed(1, sop.steps().size()).boxed().toList());
            for (Map<String, String> symbol : symbols) {
                SopStep step = sop.step(Integer.parseInt(symbol.get("data-step"))).orElseThrow();
                assertThat(symbol.get("data-symbol")).as(sop.code() + " step " + step.no())
                        .isEqualTo(expectedSymbol(sop, step));
            }
            assertConsecutiveStepsAreJoined(sop, drawn);
            assertEveryPageBreakHasConnectors(sop, sheet);
        }
    }

    @Test
    void sidoarjosDecisionHasItsYaAndTidakBranches() throws Exception {
        List<Map<String, String>> drawn = elements(sheet(SIDOARJO, "", admin()).getResponse().getContentAsString());
        List<Map<String, String>> ya = drawn.stream().filter(e -> "ya".equals(e.get("data-branch"))).toList();
        List<Map<String, String>> tidak = drawn.stream().filter(e -> "tidak".equals(e.get("data-branch"))).toList();

        assertThat(ya).isNotEmpty().allSatisfy(a -> assertThat(a).containsEntry("data-from", "8").containsEntry("data-to", "9"));
        assertThat(tidak).isNotEmpty()
                .allSatisfy(a -> assertThat(a).containsEntry("data-from", "8").containsEntry("data-to", "7"));
        assertThat(drawn).filteredOn(e -> "8".equals(e.get("data-step"))).singleElement()
                .satisfies(e -> assertThat(e).containsEntry("data-symbol", "decision"));
        // a decision's flow is its two branches, never a plain arrow besides
        assertThat(drawn).filteredOn(e -> "8".equals(e.get("data-from")) && "arrow".equals(e.get("class")))
                .allSatisfy(e -> assertThat(e).containsKey("data-branch"));
    }

    @Test
    void countsOverrunsAndTheMedianWorkingTimeOfHandBuiltCases() throws Exception {
        IngestReport report = ingest.ingest(DataKind.ACTIVITIES, InputFormat.CSV, new ByteArrayInputStream(
                EVIDENCE_CASES.getBytes(StandardCharsets.UTF_8)), "uji bukti", IngestListener.NONE);
        assertThat(report.accepted()).isEqualTo(7);

        MvcResult result = sheet(SIDOARJO, "?unit=uji-sop-bukti&period=2025-Q2", admin());
        SopSheet sheet = (SopSheet) result.getModelAndView().getModel().get("sheet");
        Map<Integer, SopStepEvidence> evidence = new HashMap<>();
        sheet.pages().forEach(p -> p.rows().stream().filter(SopSheetRow::isStep)
                .forEach(r -> evidence.put(r.step().no(), r.evidence())));

        // 1 Jam: 30, 90, 75 (11:30–13:45 less the break) and 60 working minutes (15:30 to 08:00 next day)
        SopStepEvidence first = evidence.get(1);
        assertThat(first.finished()).isEqualTo(4);
        assertThat(first.overran()).as("exactly the standard is not an overrun").isEqualTo(2);
        assertThat(first.overrunPercent()).isEqualTo(50.0);
        assertThat(first.median().toSeconds()).isEqualTo((60 + 75) * 60 / 2);
        // still running: not a finished run
        assertThat(evidence.get(2).finished()).isZero();
        // 1 Hari from Tuesday 09:00 is due Wednesday 09:00; 10:00 is late, after 8 h 30 working minutes
        assertThat(evidence.get(6).overran()).isEqualTo(1);
        assertThat(evidence.get(6).median().toMinutes()).isEqualTo(510);
        assertThat(result.getResponse().getContentAsString())
                .contains("data-evidence-step=\"1\" data-finished=\"4\" data-overran=\"2\" data-median-seconds=\"4050\"")
                .contains("lewat 2 dari 4 (50 %)");
        assertThat(elements(result.getResponse().getContentAsString()))
                .filteredOn(e -> "1".equals(e.get("data-step"))).singleElement()
                .satisfies(e -> assertThat(e.get("class")).contains("tone-bad"));
    }

    @Test
    void evidenceIsTenantScopedAndLinksTheMonitoringForm() throws Exception {
        RequestPostProcessor inspektur = as("inspektur", Role.INSPEKTORAT, "kec-kemlagi", "setda-sidoarjo-perencanaan");
        SopSheet sheet = (SopSheet) sheet(SIDOARJO, "?period=2024-Q3", inspektur).getModelAndView().getModel()
                .get("sheet");
        assertThat(sheet.unit()).as("the caller's unit that runs this SOP").isEqualTo("setda-sidoarjo-perencanaan");
        assertThat(sheet.units()).containsExactly("kec-kemlagi", "setda-sidoarjo-perencanaan");
        assertThat(sheet.reports()).extracting(SopSheet.Link::href)
                .containsExactly("/reports/monitoring?unit=setda-sidoarjo-perencanaan&half=2024-S2");

        mvc.perform(get("/console/sops/" + SIDOARJO + "?unit=uji-sop-bukti")
                .with(as("sekcam-kemlagi", Role.SEKCAM, "kec-kemlagi"))).andExpect(status().isForbidden());
        SopSheet operators = (SopSheet) sheet(SIDOARJO, "?period=tahun-lalu", as("operator-kemlagi", Role.OPERATOR,
                "kec-kemlagi")).getModelAndView().getModel().get("sheet");
        assertThat(operators.unit()).isEqualTo("kec-kemlagi");
        assertThat(operators.reports()).as("operators do not read reports").isEmpty();
        assertThat(operators.problem()).contains("tahun-lalu");
        mvc.perform(get("/console/sops/tidak-ada").with(admin())).andExpect(status().isNotFound());
    }

    @Test
    void showsTheEvidenceFileIdsOfTheStepsRunsWithinTheTenant() throws Exception {
        ingest.ingest(DataKind.ACTIVITIES, InputFormat.CSV, new ByteArrayInputStream(FILED_CASES
                .getBytes(StandardCharsets.UTF_8)), "uji berkas", IngestListener.NONE);
        Evidence own = files.store("uji-sop-berkas", EvidenceTarget.EVENT, "berkas-a2", "surat.pdf", PDF.length,
                new ByteArrayResource(PDF), TenantScope.ALL, "uji");
        // same event id in another tenant: not this sheet's evidence
        Evidence other = files.store("uji-sop-lain", EvidenceTarget.EVENT, "berkas-a2", "lain.pdf", PDF.length,
                new ByteArrayResource(PDF), TenantScope.ALL, "uji");

        MvcResult result = sheet(SIDOARJO, "?unit=uji-sop-berkas&period=2025-Q2", admin());
        SopSheet sheet = (SopSheet) result.getModelAndView().getModel().get("sheet");
        Map<Integer, SopStepEvidence> evidence = new HashMap<>();
        sheet.pages().forEach(p -> p.rows().stream().filter(SopSheetRow::isStep)
                .forEach(r -> evidence.put(r.step().no(), r.evidence())));

        assertThat(evidence.get(2).files()).as("a run still open may have its proof").containsExactly(own.id());
        assertThat(evidence.get(1).files()).isEmpty();
        assertThat(result.getResponse().getContentAsString()).contains("data-files-step=\"2\"", own.id())
                .doesNotContain(other.id());
    }

    private static final byte[] PDF = "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n"
            .getBytes(StandardCharsets.US_ASCII);

    private static final String FILED_CASES = """
            event_id,sop_code,case_id,unit,step_no,actor_role,started_at,finished_at
            berkas-a1,%1$s,berkas-a,uji-sop-berkas,1,Sekretaris Daerah,2025-04-15T08:00:00+07:00,2025-04-15T08:30:00+07:00
            berkas-a2,%1$s,berkas-a,uji-sop-berkas,2,Asisten Administrasi Umum,2025-04-15T09:00:00+07:00,
            berkas-a2,%1$s,berkas-z,uji-sop-lain,2,Asisten Administrasi Umum,2025-04-15T09:00:00+07:00,
            """.formatted(SIDOARJO);

    private static final String EVIDENCE_CASES = """
            event_id,sop_code,case_id,unit,step_no,actor_role,started_at,finished_at
            bukti-a1,%1$s,bukti-a,uji-sop-bukti,1,Sekretaris Daerah,2025-04-15T08:00:00+07:00,2025-04-15T08:30:00+07:00
            bukti-b1,%1$s,bukti-b,uji-sop-bukti,1,Sekretaris Daerah,2025-04-15T08:00:00+07:00,2025-04-15T09:30:00+07:00
            bukti-c1,%1$s,bukti-c,uji-sop-bukti,1,Sekretaris Daerah,2025-04-15T11:30:00+07:00,2025-04-15T13:45:00+07:00
            bukti-d1,%1$s,bukti-d,uji-sop-bukti,1,Sekretaris Daerah,2025-04-15T15:30:00+07:00,2025-04-16T08:00:00+07:00
            bukti-a2,%1$s,bukti-a,uji-sop-bukti,2,Asisten Administrasi Umum,2025-04-15T09:00:00+07:00,
            bukti-a6,%1$s,bukti-a,uji-sop-bukti,6,Bagian,2025-04-15T09:00:00+07:00,2025-04-16T10:00:00+07:00
            bukti-e1,%1$s,bukti-e,uji-sop-bukti,1,Sekretaris Daerah,2025-07-15T08:00:00+07:00,2025-07-15T10:00:00+07:00
            """.formatted(SIDOARJO);

    private MvcResult sheet(String code, String query, RequestPostProcessor caller) throws Exception {
        return mvc.perform(get("/console/sops/" + code + query).with(caller)).andExpect(status().isOk()).andReturn();
    }

    private static String expectedSymbol(Sop sop, SopStep step) {
        if (step.isDecision()) {
            return "decision";
        }
        return step.no() == 1 || step.no() == sop.steps().size() ? "terminator" : "process";
    }

    /** Each plain step leads to the next: on one page by an arrow, across a break by its two halves. */
    private static void assertConsecutiveStepsAreJoined(Sop sop, List<Map<String, String>> drawn) {
        for (SopStep step : sop.steps()) {
            if (step.isDecision() || step.no() == sop.steps().size()) {
                continue;
            }
            List<String> parts = drawn.stream().filter(e -> "arrow".equals(e.get("class")))
                    .filter(e -> String.valueOf(step.no()).equals(e.get("data-from"))
                            && String.valueOf(step.no() + 1).equals(e.get("data-to")))
                    .map(e -> e.getOrDefault("data-part", "")).toList();
            assertThat(parts).as(sop.code() + " arrow " + step.no() + "→" + (step.no() + 1))
                    .isIn(List.of(""), List.of("keluar", "masuk"));
        }
    }

    /** Where the table breaks, the flow leaves by an off-page connector and enters by one with the same letter. */
    private static void assertEveryPageBreakHasConnectors(Sop sop, SopSheet sheet) {
        List<SopSheetPage> pages = sheet.pages();
        for (int p = 0; p + 1 < pages.size(); p++) {
            List<String> out = new ArrayList<>();
            pages.get(p).chart().connectors().stream().filter(c -> c.part().equals("keluar"))
                    .forEach(c -> out.add(c.letter()));
            List<String> in = pages.get(p + 1).chart().connectors().stream().filter(c -> c.part().equals("masuk"))
                    .map(SopFlowchart.Connector::letter).toList();
            assertThat(out).as(sop.code() + " page " + (p + 1)).isNotEmpty();
            assertThat(in).as(sop.code() + " page " + (p + 2)).containsAnyElementsOf(out);
        }
        long steps = pages.stream().flatMap(p -> p.rows().stream()).filter(SopSheetRow::isStep).count();
        assertThat(steps).isEqualTo(sop.steps().size());
    }

    /** The path and group elements of the page, each as its attributes. */
    static List<Map<String, String>> elements(String html) {
        List<Map<String, String>> elements = new ArrayList<>();
        Matcher m = ELEMENT.matcher(html);
        Pattern attribute = Pattern.compile("([a-zA-Z:-]+)=\"([^\"]*)\"");
        while (m.find()) {
            Map<String, String> attributes = new HashMap<>();
            Matcher a = attribute.matcher(m.group());
            while (a.find()) {
                attributes.put(a.group(1), a.group(2));
            }
            attributes.putIfAbsent("class", "");
            elements.add(attributes);
        }
        return elements;
    }

    static RequestPostProcessor admin() {
        return user(new PatuhUser("admin", "", Set.of(Role.ADMIN), TenantScope.ALL));
    }

    static RequestPostProcessor as(String name, Role role, String... tenants) {
        return user(new PatuhUser(name, "", Set.of(role), TenantScope.of(List.of(tenants))));
    }
}
