package id.patuh.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Ingest warns about an actor role only when it holds no role of any SOP as the evaluation reads
 * titles (semantics.md v2, "Who did a step"): an office's log writes job titles, abbreviated or
 * spelled out with the unit, not the catalog's role names.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"patuh.evaluation.sweep-on-start=false", "patuh.evaluation.on-ingest=false"})
class JobTitleWarningsIntegrationTests {

    static final String HEADER = "event_id,sop_code,case_id,unit,step_no,actor_role,started_at,finished_at\n";
    static final String SOP = "kemlagi-pengumpulan-data-kinerja";

    @Autowired
    TestRestTemplate http;

    private final ObjectMapper json = new ObjectMapper();

    private static String row(String id, int step, String title) {
        return id + "," + SOP + ",jt-case-" + id + ",kec-kemlagi," + step + "," + title
                + ",2024-04-01T08:00:00+07:00,2024-04-01T08:02:00+07:00\n";
    }

    @Test
    void titlesThatResolveToACatalogRoleGiveNoWarning() throws Exception {
        String csv = HEADER + row("jt-1", 1, "Camat Kemlagi") + row("jt-2", 2, "Kepala Seksi Pemerintahan")
                + row("jt-3", 3, "Kasi Pem") + row("jt-4", 4, "SEKRETARIS KECAMATAN")
                + row("jt-5", 5, "Kasubag. Umum dan Kepegawaian") + row("jt-6", 6, "Staf Trantib");

        JsonNode report = post(csv);

        assertThat(report.get("accepted").asLong()).isEqualTo(6);
        assertThat(report.get("warnings")).isEmpty();
    }

    @Test
    void aTitleThatResolvesToNothingIsWarnedWithLineAndField() throws Exception {
        String csv = HEADER + row("jt-11", 1, "Kasi Pem") + row("jt-12", 2, "Tukang Kebun")
                + row("jt-13", 3, "Kepala Seksi Pemerintahan");

        JsonNode report = post(csv);

        assertThat(report.get("accepted").asLong()).isEqualTo(3);
        List<JsonNode> warnings = new java.util.ArrayList<>();
        report.get("warnings").forEach(warnings::add);
        assertThat(warnings).singleElement().satisfies(w -> {
            assertThat(w.get("line").asLong()).isEqualTo(3);
            assertThat(w.get("id").asText()).isEqualTo("jt-12");
            assertThat(w.get("field").asText()).isEqualTo("actor_role");
            assertThat(w.get("message").asText()).contains("Tukang Kebun");
            assertThat(w.get("message_en").asText()).contains("Tukang Kebun");
        });
    }

    private JsonNode post(String csv) throws Exception {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.parseMediaType("text/csv"));
        ResponseEntity<String> response = http.postForEntity("/api/activities", new HttpEntity<>(csv, headers),
                String.class);
        assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.OK);
        return json.readTree(response.getBody());
    }
}
