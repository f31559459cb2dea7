package id.patuh.findings;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.util.FileSystemUtils;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import id.patuh.cases.StoreKeys;

/**
 * A case is evaluated right after its data is stored; evaluating again changes nothing; a
 * reload with a broken rule file keeps the old rules evaluating.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "patuh.evaluation.sweep-on-start=false")
class EvaluationOnIngestIntegrationTests {

    static Path rules;

    @DynamicPropertySource
    static void copyOfTheRules(DynamicPropertyRegistry registry) throws Exception {
        rules = Files.createTempDirectory(Path.of("target"), "rules-");
        FileSystemUtils.copyRecursively(Path.of("rules"), rules);
        registry.add("patuh.rules.dir", rules::toString);
    }

    static final String HEADER = "event_id,sop_code,case_id,unit,step_no,actor_role,started_at,finished_at,"
            + "kelengkapan,output\n";

    @Autowired
    TestRestTemplate http;

    @Autowired
    ComplianceEvaluator evaluator;

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void findingsAreQueryableWhenTheImportAnswersAndAReEvaluationChangesNothing() throws Exception {
        post(HEADER
                + "ev-a1,sidoarjo-perencanaan-pengumpulan-data-kinerja,sda-a,setda-sidoarjo-perencanaan,1,Sekda,"
                + "2024-04-02T08:00:00+07:00,2024-04-02T10:00:00+07:00,Surat Pemberitahuan,Disposisi Surat\n"
                + "ev-a2,sidoarjo-perencanaan-pengumpulan-data-kinerja,sda-a,setda-sidoarjo-perencanaan,2,Staf Perencanaan,"
                + "2024-04-02T10:00:00+07:00,2024-04-02T10:30:00+07:00,Surat Masuk,Disposisi Surat\n");

        JsonNode page = get("/api/findings?case=sda-a");
        assertThat(page.get("items")).extracting(f -> f.get("code").asText() + "@" + f.get("step_no").asInt())
                .containsExactlyInAnyOrder("DURATION_EXCEEDED@1", "WRONG_EXECUTOR@2");
        JsonNode late = find(page, "DURATION_EXCEEDED");
        assertThat(late.get("severity").asText()).isEqualTo("rendah");
        assertThat(late.get("evidence")).extracting(JsonNode::asText).containsExactly("ev-a1");
        assertThat(late.get("status").asText()).isEqualTo("terbuka");
        assertThat(late.get("message").asText()).contains("2 j");

        String key = StoreKeys.caseKey("setda-sidoarjo-perencanaan", "sda-a");
        Instant now = evaluator.now();
        evaluator.evaluateCase(key, now);
        assertThat(evaluator.evaluateCase(key, now).changedAnything()).isFalse();
        assertThat(get("/api/findings?case=sda-a").get("total").asLong()).isEqualTo(2);
    }

    /** Changed expectation (issue 15): the condition stops (kondisi), the follow-up status stays. */
    @Test
    void aRunningStepThatIsLateMarksItsFindingTidakBerlakuWhenItsFinishArrivesInTime() throws Exception {
        String running = "ev-c1,sidoarjo-perencanaan-pengumpulan-data-kinerja,sda-c,setda-sidoarjo-perencanaan,1,"
                + "Sekretaris Daerah,2024-04-02T08:00:00+07:00,,Surat Pemberitahuan,\n";
        post(HEADER + running);
        JsonNode open = find(get("/api/findings?case=sda-c"), "DURATION_EXCEEDED");
        assertThat(open.get("rule").asText()).contains("running");
        assertThat(open.get("status").asText()).isEqualTo("terbuka");

        post(HEADER + running.replace("+07:00,,Surat Pemberitahuan,", "+07:00,2024-04-02T08:50:00+07:00,"
                + "Surat Pemberitahuan,Disposisi Surat"));

        JsonNode stopped = get("/api/findings/" + open.get("id").asText());
        assertThat(stopped.get("status").asText()).isEqualTo("terbuka");
        assertThat(stopped.get("kondisi").asText()).isEqualTo("tidak_berlaku");
        assertThat(stopped.get("kondisi_reason").asText()).contains("tidak berlaku lagi");
        JsonNode history = stopped.get("history");
        assertThat(history.get(history.size() - 1).get("note").asText()).startsWith("kondisi: tidak_berlaku");
    }

    @Test
    void aRuleThatThrowsOnAStoredCaseIsRefusedAndTheOldRulesKeepEvaluating() throws Exception {
        post(HEADER + "ev-d1,sidoarjo-perencanaan-pengumpulan-data-kinerja,sda-d,setda-sidoarjo-perencanaan,1,"
                + "Sekretaris Daerah,2024-04-02T08:00:00+07:00,2024-04-02T08:30:00+07:00,Surat Pemberitahuan,"
                + "Disposisi Surat\n");
        String before = get("/api/admin/rules").get("version").asText();
        Files.writeString(rules.resolve("melempar.drl"), "package id.patuh.rules;\n"
                + "import id.patuh.evaluation.fact.StepRun;\n"
                + "rule \"STEP_SKIPPED melempar pada sidoarjo\" when\n"
                + "  StepRun( sopCode == \"sidoarjo-perencanaan-pengumpulan-data-kinerja\" )\n"
                + "then\n  throw new IllegalStateException(\"rusak saat jalan\");\nend\n");
        try {
            ResponseEntity<String> reload = http.postForEntity("/api/admin/rules/reload", null, String.class);

            assertThat(reload.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
            assertThat(reload.getBody()).contains("melempar.drl").contains("STEP_SKIPPED melempar pada sidoarjo");
            assertThat(get("/api/admin/rules").get("version").asText()).isEqualTo(before);
        } finally {
            Files.delete(rules.resolve("melempar.drl"));
        }
    }

    @Test
    void aBrokenRuleFileIsRefusedAndTheOldRulesKeepEvaluating() throws Exception {
        String before = get("/api/admin/rules").get("version").asText();
        Files.writeString(rules.resolve("rusak.drl"), "package id.patuh.rules;\nrule \"rusak\" when\n  then x y z\n");

        ResponseEntity<String> reload = http.postForEntity("/api/admin/rules/reload", null, String.class);

        assertThat(reload.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat(reload.getBody()).contains("rusak.drl");
        assertThat(get("/api/admin/rules").get("version").asText()).isEqualTo(before);
        post(HEADER + "ev-b1,sidoarjo-perencanaan-pengumpulan-data-kinerja,sda-b,setda-sidoarjo-perencanaan,1,"
                + "Sekretaris Daerah,2024-04-02T08:00:00+07:00,2024-04-02T11:30:00+07:00,Surat Pemberitahuan,"
                + "Disposisi Surat\n");
        JsonNode found = find(get("/api/findings?case=sda-b"), "DURATION_EXCEEDED");
        assertThat(found.get("severity").asText()).isEqualTo("sedang");
        assertThat(found.get("rule_set_version").asText()).isEqualTo(before);
        Files.delete(rules.resolve("rusak.drl"));
    }

    private void post(String csv) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.parseMediaType("text/csv"));
        ResponseEntity<String> response = http.postForEntity("/api/activities", new HttpEntity<>(csv, headers),
                String.class);
        assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.OK);
        assertThat(response.getBody()).contains("\"rejected\":0");
    }

    private JsonNode get(String path) throws Exception {
        ResponseEntity<String> response = http.getForEntity(path, String.class);
        assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.OK);
        return json.readTree(response.getBody());
    }

    private static JsonNode find(JsonNode page, String code) {
        for (JsonNode item : page.get("items")) {
            if (item.get("code").asText().equals(code)) {
                return item;
            }
        }
        throw new AssertionError("no " + code + " in " + page);
    }
}
