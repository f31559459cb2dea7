package id.patuh.ingest;

import static org.assertj.core.api.Assertions.assertThat;

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

import id.patuh.cases.StoreKeys;
import id.patuh.cases.StoredCases;

/** Oversize requests get 413 with a clear message, and the answer says exactly what was stored. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "patuh.ingest.max-request-size=4KB", "patuh.ingest.max-rows=3", "patuh.ingest.batch-size=2",
        "patuh.evaluation.sweep-on-start=false"})
class IngestLimitsIntegrationTests {

    @Autowired
    TestRestTemplate http;

    @Autowired

    StoredCases stored;

    @Test
    void refusesABodyLargerThanTheLimitBeforeReadingIt() throws Exception {
        ResponseEntity<String> response = post(IngestApiIntegrationTests.HEADER + "x".repeat(5000));

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.PAYLOAD_TOO_LARGE);
        // no Accept-Language: the refusal is in Bahasa Indonesia only
        assertThat(new ObjectMapper().readTree(response.getBody()).get("detail").asText())
                .contains("melebihi batas").contains("tidak ada yang disimpan").doesNotContain("nothing was stored");
    }

    @Test
    void refusesABodyLargerThanTheLimitInTheLanguageAsked() throws Exception {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.parseMediaType("text/csv"));
        headers.set(HttpHeaders.ACCEPT_LANGUAGE, "en-US,en;q=0.9,id;q=0.5");
        String body = IngestApiIntegrationTests.HEADER + "x".repeat(5000);
        ResponseEntity<String> response = http.postForEntity("/api/activities", new HttpEntity<>(body, headers),
                String.class);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.PAYLOAD_TOO_LARGE);
        JsonNode problem = new ObjectMapper().readTree(response.getBody());
        assertThat(problem.get("title").asText()).isEqualTo("Payload Too Large");
        assertThat(problem.get("detail").asText()).isEqualTo("The request body of " + body.length()
                + " bytes exceeds the limit of 4096 bytes; nothing was stored. Split the file into several parts");
    }

    @Test
    void stopsAtTheRowLimitAndReportsWhatWasStored() throws Exception {
        StringBuilder csv = new StringBuilder(IngestApiIntegrationTests.HEADER);
        for (int i = 1; i <= 5; i++) {
            csv.append("lim-").append(i).append(",kemlagi-pengumpulan-data-kinerja,lim-case,kec-kemlagi,")
                    .append(i).append(",Camat,,2024-04-01T08:0").append(i).append(":00+07:00,,,,\n");
        }
        ResponseEntity<String> response = post(csv.toString());

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.PAYLOAD_TOO_LARGE);
        JsonNode report = new ObjectMapper().readTree(response.getBody());
        assertThat(report.get("accepted").asLong()).isEqualTo(3);
        assertThat(report.get("stopped_because").asText()).contains("batas 3");
        assertThat(stored.findCase(StoreKeys.caseKey("kec-kemlagi", "lim-case")).orElseThrow().events()).hasSize(3);
    }

    private ResponseEntity<String> post(String body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.parseMediaType("text/csv"));
        return http.postForEntity("/api/activities", new HttpEntity<>(body, headers), String.class);
    }
}
