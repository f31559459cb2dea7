package id.patuh.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;

import id.patuh.errors.ProblemAdviceFixture;

/** RuleService and its admin endpoints, without a Spring context. */
class RuleServiceTests {

    @TempDir
    Path dir;

    private RuleService service;
    private MockMvc mvc;

    @BeforeEach
    void copyRules() throws IOException {
        try (var files = Files.list(Path.of("rules"))) {
            for (Path file : files.toList()) {
                Files.copy(file, dir.resolve(file.getFileName()));
            }
        }
        service = new RuleService(new RulesProperties(dir), event -> { });
        mvc = adminMvc(service);
    }

    @Test
    void startUpFailsOnRulesThatDoNotCompile() throws IOException {
        breakRules();

        assertThatThrownBy(() -> new RuleService(new RulesProperties(dir), event -> { }))
                .isInstanceOf(RuleCompilationException.class).hasMessageContaining("broken.drl:4");
    }

    @Test
    void reloadWithBrokenRulesKeepsTheOldEngine() throws IOException {
        RuleEngine before = service.engine();
        breakRules();

        assertThatThrownBy(service::reload).isInstanceOf(RuleCompilationException.class);
        assertThat(service.engine()).isSameAs(before);
        assertThat(service.engine().evaluateCatalog(Fixtures.sop(Fixtures.KEMLAGI), Fixtures.wib("2024-07-01T09:00")))
                .hasSize(1);
    }

    @Test
    void reloadWithABrokenDecisionTableKeepsTheOldEngine() throws IOException {
        RuleEngine before = service.engine();
        Path table = dir.resolve("severity.drl.csv");
        // a condition column whose cell does not compile, and a severity no rule can give
        Files.writeString(table, Files.readString(table).replace("ratio > $param", "ratio >> $param")
                .replace("STEP_SKIPPED,,,tinggi", "STEP_SKIPPED,,,tingi"));

        assertThatThrownBy(service::reload).isInstanceOf(RuleCompilationException.class)
                .hasMessageContaining("severity.drl.csv");
        assertThat(service.engine()).isSameAs(before);
        assertThat(service.engine().evaluateCatalog(Fixtures.sop(Fixtures.KEMLAGI), Fixtures.wib("2024-07-01T09:00")))
                .singleElement().satisfies(f -> assertThat(f.severity()).isNotBlank());
    }

    @Test
    void reloadSwapsInTheEditedRules() throws IOException {
        String before = service.engine().version();
        Files.writeString(dir.resolve("catalog.drl"), "\n// edited\n", java.nio.file.StandardOpenOption.APPEND);

        ReloadResult result = service.reload();

        assertThat(result.version()).isNotEqualTo(before).isEqualTo(service.engine().version());
        assertThat(result.rules()).isEqualTo(service.engine().ruleNames().size());
    }

    @Test
    void reloadEndpointAnswersVersionAndRuleCount() throws Exception {
        mvc.perform(post("/api/admin/rules/reload"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.version").value(service.engine().version()))
                .andExpect(jsonPath("$.rules").value(service.engine().ruleNames().size()));
    }

    @Test
    void reloadEndpointAnswers422WithTheErrorsWhileTheOldRulesServe() throws Exception {
        String serving = service.engine().version();
        breakRules();

        mvc.perform(post("/api/admin/rules/reload"))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(422))
                .andExpect(jsonPath("$.version").value(serving))
                .andExpect(jsonPath("$.errors[0].file").value("broken.drl"))
                .andExpect(jsonPath("$.errors[0].line").value(4))
                .andExpect(jsonPath("$.title").value("Aturan tidak valid"))
                .andExpect(jsonPath("$.detail").value("Aturan baru tidak dapat dikompilasi; aturan " + serving
                        + " tetap berlaku"))
                .andExpect(jsonPath("$.detail", not(containsString("compile"))));
        assertThat(service.engine().version()).isEqualTo(serving);
    }

    @Test
    void reloadRefusalAnswersInEnglishWhenAskedWithTheSameFields() throws Exception {
        String serving = service.engine().version();
        breakRules();

        mvc.perform(post("/api/admin/rules/reload").header(HttpHeaders.ACCEPT_LANGUAGE, "en-US,en;q=0.9"))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.title").value("Invalid rules"))
                .andExpect(jsonPath("$.detail").value("The new rules do not compile; rules " + serving
                        + " keep serving"))
                .andExpect(jsonPath("$.version").value(serving))
                .andExpect(jsonPath("$.errors[0].file").value("broken.drl"))
                .andExpect(jsonPath("$.errors[0].line").value(4));
        assertThat(service.engine().version()).isEqualTo(serving);
    }

    /** The admin endpoints with the application's error advice: refusals answer as the service answers them. */
    private static MockMvc adminMvc(RuleService rules) {
        return MockMvcBuilders.standaloneSetup(new RulesAdminController(rules))
                .setControllerAdvice(ProblemAdviceFixture.advice()).setLocaleResolver(ProblemAdviceFixture.locales())
                .build();
    }

    @Test
    void listsTheVersionAndRuleNames() throws Exception {
        mvc.perform(get("/api/admin/rules"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.version").value(service.engine().version()))
                .andExpect(jsonPath("$.rules", hasItem("STEP_SKIPPED mandatory step has no event")));
    }

    private void breakRules() throws IOException {
        Files.writeString(dir.resolve("broken.drl"), "package id.patuh.rules;\n\nrule \"STEP_SKIPPED broken\"\nwhen StepRun( stepNo == ) then end\n");
    }

    // --- a rule that compiles but throws when it runs (issue 19) ---

    private static final String THROWS_ON_KEMLAGI = "package id.patuh.rules;\n\n"
            + "import id.patuh.evaluation.fact.StepRun;\n\n"
            + "rule \"STEP_SKIPPED throws on kemlagi\"\nwhen\n"
            + "    StepRun( sopCode == \"kemlagi-pengumpulan-data-kinerja\" )\n"
            + "then\n    throw new IllegalStateException(\"boom\");\nend\n";

    private static final String THROWS_ALWAYS = "package id.patuh.rules;\n\n"
            + "import id.patuh.evaluation.fact.StepRun;\n\n"
            + "rule \"STEP_SKIPPED throws on any run\"\nwhen\n    StepRun( )\nthen\n"
            + "    throw new IllegalStateException(\"boom\");\nend\n";

    /** A store holding one Kemlagi case: the trial evaluates it with the candidate rules. */
    private RuleService serviceWithStoredKemlagiCase() {
        CaseInput stored = CaseScript.of(Fixtures.KEMLAGI, Fixtures.wib("2024-07-01T09:00")).steps(1, 2)
                .at(Fixtures.wib("2024-07-10T09:00"));
        RuleTrialData data = (candidate, limit) -> {
            candidate.evaluateCase(stored);
            return 1;
        };
        return new RuleService(new RulesProperties(dir), event -> { },
                new StaticListableBeanFactory(Map.of("trial", data)).getBeanProvider(RuleTrialData.class));
    }

    @Test
    void reloadRefusesARuleThatThrowsOnTheBuiltInSampleNamingRuleAndFile() throws Exception {
        String serving = service.engine().version();
        Files.writeString(dir.resolve("throws.drl"), THROWS_ALWAYS);

        assertThatThrownBy(service::reload).isInstanceOf(RuleCompilationException.class)
                .hasMessageContaining("throws.drl").hasMessageContaining("STEP_SKIPPED throws on any run")
                .hasMessageContaining("boom");
        assertThat(service.engine().version()).isEqualTo(serving);
        mvc.perform(post("/api/admin/rules/reload"))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.version").value(serving))
                .andExpect(jsonPath("$.errors[0].file").value("throws.drl"))
                .andExpect(jsonPath("$.errors[0].message", containsString("STEP_SKIPPED throws on any run")));
    }

    @Test
    void reloadRefusesARuleThatThrowsOnlyOnStoredCases() throws IOException {
        RuleService withStore = serviceWithStoredKemlagiCase();
        RuleEngine before = withStore.engine();
        Files.writeString(dir.resolve("throws.drl"), THROWS_ON_KEMLAGI);

        assertThatThrownBy(withStore::reload).isInstanceOf(RuleCompilationException.class)
                .hasMessageContaining("STEP_SKIPPED throws on kemlagi");
        assertThat(withStore.engine()).isSameAs(before);
        assertThat(withStore.engine().evaluateCatalog(Fixtures.sop(Fixtures.KEMLAGI),
                Fixtures.wib("2024-07-01T09:00"))).hasSize(1);
    }

    @Test
    void theSameRuleIsAcceptedWhenNoSampleReachesIt() throws IOException {
        // nothing stored: the built-in sample has no Kemlagi case, so the rule never fires
        Files.writeString(dir.resolve("throws.drl"), THROWS_ON_KEMLAGI);

        ReloadResult result = service.reload();

        assertThat(service.engine().ruleNames()).contains("STEP_SKIPPED throws on kemlagi");
        assertThat(result.version()).isEqualTo(service.engine().version());
    }

    @Test
    void theShippedRulesRunCleanOnTheStoredSample() {
        RuleService withStore = serviceWithStoredKemlagiCase();

        assertThat(withStore.reload().version()).isEqualTo(withStore.engine().version());
    }

    // --- the title abbreviations, re-read on reload ---

    private static List<Finding> kemlagiStep4By(RuleEngine engine, String title) {
        return Fixtures.withCode(engine.evaluateCase(CaseScript.of(Fixtures.KEMLAGI, Fixtures.wib("2024-07-01T09:00"))
                .steps(1, 2, 3).step(4, e -> e.role = title).at(Fixtures.wib("2024-07-10T09:00"))), "WRONG_EXECUTOR");
    }

    @Test
    void reloadRereadsTheAbbreviationsAndRefusesABrokenFile() throws Exception {
        Path abbreviations = dir.resolve("role-abbreviations.yaml");
        Files.writeString(abbreviations, "Kepala Seksi: [Kasi]\n");
        RuleService withList = new RuleService(new RulesProperties(dir, abbreviations, 0), event -> { });
        assertThat(kemlagiStep4By(withList.engine(), "Kepsi Trantib")).hasSize(1);

        Files.writeString(abbreviations, "Kepala Seksi: [Kasi, Kepsi]\n");
        withList.reload();
        assertThat(kemlagiStep4By(withList.engine(), "Kepsi Trantib")).isEmpty();

        RuleEngine serving = withList.engine();
        Files.writeString(abbreviations, "Kepala Seksi: [Kasi, Kepsi]\nKepala Bidang: [Kasi]\n");
        adminMvc(withList).perform(post("/api/admin/rules/reload"))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.errors[0].file").value(abbreviations.toString()))
                .andExpect(jsonPath("$.errors[0].line").value(2));
        assertThat(withList.engine()).isSameAs(serving);
        assertThat(kemlagiStep4By(withList.engine(), "Kepsi Trantib")).isEmpty();
    }
}
