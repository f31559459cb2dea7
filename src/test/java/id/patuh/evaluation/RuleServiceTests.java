package id.patuh.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;

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
        mvc = MockMvcBuilders.standaloneSetup(new RulesAdminController(service)).build();
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
                .andExpect(jsonPath("$.detail", containsString(serving)));
        assertThat(service.engine().version()).isEqualTo(serving);
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
}
