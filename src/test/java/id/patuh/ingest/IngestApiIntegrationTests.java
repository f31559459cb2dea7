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

import id.patuh.cases.ActivityEvent;
import id.patuh.cases.CaseData;
import id.patuh.cases.StoreKeys;
import id.patuh.cases.StoredCases;
import id.patuh.cases.SubjectData;

/** The ingest API end to end, on the embedded store through the real driver. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "patuh.evaluation.sweep-on-start=false")
class IngestApiIntegrationTests {

    static final String HEADER = "event_id,sop_code,case_id,unit,step_no,actor_role,actor_id,started_at,finished_at,"
            + "kelengkapan,output,decision\n";

    @Autowired
    TestRestTemplate http;

    @Autowired

    StoredCases cases;

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void storesGoodRowsAndReportsTheBadOneWithLineAndField() throws Exception {
        String csv = HEADER
                + "api-1,kemlagi-pengumpulan-data-kinerja,api-case-1,kec-kemlagi,1,Camat,1968,2024-04-01T08:00:00+07:00,2024-04-01T08:02:00+07:00,Nota Dinas,Dokumen,\n"
                + "api-2,kemlagi-pengumpulan-data-kinerja,api-case-1,kec-kemlagi,2,Sekcam,,2024-04-01T09:00:00+07:00,kemarin,Dokumen,Dokumen,\n"
                + "api-3,kemlagi-pengumpulan-data-kinerja,api-case-1,kec-kemlagi,3,Staff,,2024-04-01T10:00:00,2024-04-01T10:30:00+07:00,Dokumen,Dokumen,\n";

        JsonNode report = post("/api/activities", "text/csv", csv, HttpStatus.OK);

        assertThat(report.get("accepted").asLong()).isEqualTo(2);
        assertThat(report.get("duplicates").asLong()).isZero();
        assertThat(report.get("rejected").asLong()).isEqualTo(1);
        JsonNode error = report.get("errors").get(0);
        assertThat(error.get("line").asLong()).isEqualTo(3);
        assertThat(error.get("id").asText()).isEqualTo("api-2");
        assertThat(error.get("field").asText()).isEqualTo("finished_at");
        assertThat(error.get("reason").asText()).contains("kemarin");
        assertThat(error.get("reason_en").asText()).isNotBlank();

        CaseData stored = cases.findCase(StoreKeys.caseKey("kec-kemlagi", "api-case-1")).orElseThrow();
        assertThat(stored.sopCode()).isEqualTo("kemlagi-pengumpulan-data-kinerja");
        assertThat(stored.events()).extracting(ActivityEvent::eventId).containsExactly("api-1", "api-3");
        // no offset: read in the unit's zone (WIB)
        assertThat(stored.events().get(1).startedAt()).isEqualTo(java.time.Instant.parse("2024-04-01T03:00:00Z"));
        assertThat(stored.events().get(0).kelengkapan()).containsExactly("Nota Dinas");
    }

    @Test
    void anIdenticalResendIsADuplicateAndChangedContentIsAConflict() throws Exception {
        String row = "dup-1,kemlagi-pengumpulan-data-kinerja,dup-case,kec-kemlagi,1,Camat,,2024-04-01T08:00:00+07:00,,Nota Dinas,,\n";
        post("/api/activities", "text/csv", HEADER + row, HttpStatus.OK);

        JsonNode again = post("/api/activities", "text/csv", HEADER + row, HttpStatus.OK);
        assertThat(again.get("accepted").asLong()).isZero();
        assertThat(again.get("duplicates").asLong()).isEqualTo(1);

        JsonNode changed = post("/api/activities", "text/csv", HEADER + row.replace("08:00:00", "08:05:00"), HttpStatus.OK);
        assertThat(changed.get("rejected").asLong()).isEqualTo(1);
        assertThat(changed.get("errors").get(0).get("field").asText()).isEqualTo("event_id");
        assertThat(changed.get("errors").get(0).get("reason").asText()).contains("konflik");
        assertThat(cases.findCase(StoreKeys.caseKey("kec-kemlagi", "dup-case")).orElseThrow().events())
                .singleElement().satisfies(e -> assertThat(e.startedAt().toString()).isEqualTo("2024-04-01T01:00:00Z"));
    }

    @Test
    void aResendThatOnlyFillsBlanksCompletesTheStoredRow() throws Exception {
        String running = "run-1,kemlagi-pengumpulan-data-kinerja,run-case,kec-kemlagi,1,Camat,,2024-04-01T08:00:00+07:00,,,,\n";
        post("/api/activities", "text/csv", HEADER + running, HttpStatus.OK);

        String finished = running.replace("+07:00,,,,", "+07:00,2024-04-01T08:03:00+07:00,Nota Dinas,Dokumen,");
        JsonNode completed = post("/api/activities", "text/csv", HEADER + finished, HttpStatus.OK);

        assertThat(completed.get("updated").asLong()).isEqualTo(1);
        assertThat(completed.get("accepted").asLong()).isZero();
        ActivityEvent stored = cases.findCase(StoreKeys.caseKey("kec-kemlagi", "run-case")).orElseThrow().events().get(0);
        assertThat(stored.finishedAt()).isEqualTo(java.time.Instant.parse("2024-04-01T01:03:00Z"));
        assertThat(stored.output()).isEqualTo("Dokumen");
        assertThat(post("/api/activities", "text/csv", HEADER + finished, HttpStatus.OK).get("duplicates").asLong())
                .isEqualTo(1);
        // taking a value away again is a conflict, not a completion
        assertThat(post("/api/activities", "text/csv", HEADER + running, HttpStatus.OK).get("rejected").asLong())
                .isEqualTo(1);
    }

    @Test
    void aCaseBelongsToOneSop() throws Exception {
        post("/api/activities", "text/csv", HEADER
                + "own-1,kemlagi-pengumpulan-data-kinerja,own-case,kec-kemlagi,1,Camat,,2024-04-01T08:00:00+07:00,,,,\n"
                + "own-2,tanjunganom-mekanisme-pengumpulan-data-kinerja,own-case,kec-kemlagi,1,Staf,,2024-04-01T08:00:00+07:00,,,,\n",
                HttpStatus.OK);
        CaseData stored = cases.findCase(StoreKeys.caseKey("kec-kemlagi", "own-case")).orElseThrow();
        assertThat(stored.events()).extracting(ActivityEvent::eventId).containsExactly("own-1");
    }

    @Test
    void acceptsJsonArraysAndJsonLines() throws Exception {
        String array = """
                [{"event_id":"js-1","sop_code":"kemlagi-pengumpulan-data-kinerja","case_id":"js-case","unit":"kec-kemlagi",
                  "step_no":1,"actor_role":"Camat","started_at":"2024-04-01T08:00:00+07:00","kelengkapan":["Nota Dinas"]}]
                """;
        assertThat(post("/api/activities", "application/json", array, HttpStatus.OK).get("accepted").asLong()).isEqualTo(1);
        String lines = "{\"event_id\":\"js-2\",\"sop_code\":\"kemlagi-pengumpulan-data-kinerja\",\"case_id\":\"js-case\","
                + "\"unit\":\"kec-kemlagi\",\"step_no\":2,\"actor_role\":\"Sekcam\",\"started_at\":\"2024-04-01T09:00:00+07:00\"}\n";
        assertThat(post("/api/activities", "application/x-ndjson", lines, HttpStatus.OK).get("accepted").asLong())
                .isEqualTo(1);
        assertThat(cases.findCase(StoreKeys.caseKey("kec-kemlagi", "js-case")).orElseThrow().events()).hasSize(2);
    }

    @Test
    void storesIndicatorsAndRequestsInTheirSubject() throws Exception {
        post("/api/indicators", "text/csv", "record_id,unit,indicator_code,period,target_period,realization,submitted_at\n"
                + "ind-1,kec-kemlagi/kasi-pemerintahan,IKU-1,2024-Q1,100,87.5,2024-04-05T10:00:00+07:00\n", HttpStatus.OK);
        post("/api/requests", "text/csv", "request_id,case_id,unit,indicator_code,period,due_at\n"
                + "req-1,kemlagi-2024-TW1,kec-kemlagi/kasi-pemerintahan,IKU-1,2024-Q1,2024-04-10T16:00:00+07:00\n",
                HttpStatus.OK);

        SubjectData subject = cases.findSubject(StoreKeys.subjectKey("kec-kemlagi/kasi-pemerintahan", "IKU-1", "2024-Q1"))
                .orElseThrow();
        assertThat(subject.tenant()).isEqualTo("kec-kemlagi");
        assertThat(subject.records()).singleElement()
                .satisfies(r -> assertThat(r.realization()).isEqualByComparingTo("87.5"));
        assertThat(subject.requests()).singleElement().satisfies(q -> assertThat(q.caseId()).isEqualTo("kemlagi-2024-TW1"));
    }

    @Test
    void refusesUnsupportedContentTypes() throws Exception {
        post("/api/activities", "text/plain", "x", HttpStatus.UNSUPPORTED_MEDIA_TYPE);
        JsonNode problem = post("/api/indicators", "application/xml", "<log/>", HttpStatus.UNSUPPORTED_MEDIA_TYPE);
        assertThat(problem.get("detail").asText()).contains("text/csv");
    }

    @Test
    void saysAnUnsupportedContentTypeInIndonesianUnlessEnglishIsAsked() throws Exception {
        JsonNode plain = post("/api/activities", "text/plain", "x", HttpStatus.UNSUPPORTED_MEDIA_TYPE, null);
        assertThat(plain.get("title").asText()).isEqualTo("Jenis isi tidak didukung");
        assertThat(plain.get("detail").asText()).isEqualTo("Jenis isi tidak didukung: text/plain. Gunakan text/csv, "
                + "application/json, application/x-ndjson, application/xml (XES) atau " + IngestMediaTypes.XLSX)
                .doesNotContain("Unsupported").doesNotContain(" / ");

        JsonNode english = post("/api/indicators", "application/xml", "<log/>", HttpStatus.UNSUPPORTED_MEDIA_TYPE,
                "en");
        assertThat(english.get("title").asText()).isEqualTo("Unsupported Media Type");
        // XES is offered for activities only
        assertThat(english.get("detail").asText()).isEqualTo("Unsupported Content-Type: application/xml. Use "
                + "text/csv, application/json, application/x-ndjson or " + IngestMediaTypes.XLSX);
    }

    JsonNode post(String path, String contentType, String body, HttpStatus expected, String language)
            throws Exception {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.parseMediaType(contentType));
        if (language != null) {
            headers.set(HttpHeaders.ACCEPT_LANGUAGE, language);
        }
        ResponseEntity<String> response = http.postForEntity(path, new HttpEntity<>(body, headers), String.class);
        assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(expected);
        return json.readTree(response.getBody());
    }

    JsonNode post(String path, String contentType, String body, HttpStatus expected) throws Exception {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.parseMediaType(contentType));
        ResponseEntity<String> response = http.postForEntity(path, new HttpEntity<>(body, headers), String.class);
        assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(expected);
        return json.readTree(response.getBody());
    }
}
