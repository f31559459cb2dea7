package id.patuh.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.mongodb.client.model.Filters;

import id.patuh.cases.ActivityEvent;
import id.patuh.cases.DataRequest;
import id.patuh.cases.IndicatorRecord;
import id.patuh.cases.StoreKeys;
import id.patuh.cases.StoredCases;
import id.patuh.cases.SubjectData;

/**
 * The probe of issue 19 through the real endpoint, as operators of two tenants: a number that
 * once filled the heap is a row error, and the same ids in two tenants are two rows.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "patuh.security.enabled=true", "patuh.evaluation.sweep-on-start=false",
        "patuh.security.users[0].username=operator-kemlagi", "patuh.security.users[0].password={noop}kemlagi-pw",
        "patuh.security.users[0].roles[0]=OPERATOR", "patuh.security.users[0].tenants[0]=kec-kemlagi",
        "patuh.security.users[1].username=operator-tanjunganom",
        "patuh.security.users[1].password={noop}tanjunganom-pw", "patuh.security.users[1].roles[0]=OPERATOR",
        "patuh.security.users[1].tenants[0]=kec-tanjunganom"})
class IngestHardeningIntegrationTests {

    private static final Operator KEMLAGI = new Operator("operator-kemlagi", "kemlagi-pw", "kec-kemlagi",
            "kemlagi-pengumpulan-data-kinerja");
    private static final Operator TANJUNGANOM = new Operator("operator-tanjunganom", "tanjunganom-pw",
            "kec-tanjunganom", "tanjunganom-mekanisme-pengumpulan-data-kinerja");

    @Autowired
    TestRestTemplate http;

    @Autowired

    StoredCases stored;

    @Autowired
    MongoTemplate mongo;

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void theProbesBodyIsA200WithARowErrorNotA500() throws Exception {
        JsonNode report = post(KEMLAGI, "/api/activities", "application/json",
                "[{\"event_id\":\"x\",\"actor_id\":1e999999999}]");

        assertThat(report.get("accepted").asLong()).isZero();
        assertThat(report.get("rejected").asLong()).isEqualTo(1);
        JsonNode error = report.get("errors").get(0);
        assertThat(error.get("field").asText()).isEqualTo("actor_id");
        assertThat(error.get("line").asLong()).isEqualTo(1);
        assertThat(error.get("reason").asText()).startsWith("actor_id: angka di luar batas");
        assertThat(error.get("reason_en").asText()).startsWith("actor_id: number out of range");
    }

    @Test
    void probesAmongGoodRowsCostOnlyTheirOwnRows() throws Exception {
        String good = KEMLAGI.activity("probe-good-1", "probe-case", 1, "1968");
        String body = "[" + good + ",\n" + KEMLAGI.activity("probe-bad-1", "probe-case", 2, "1e-999999999") + ",\n"
                + KEMLAGI.activity("probe-bad-2", "probe-case", 2, "9".repeat(1_000_000)) + ",\n"
                + KEMLAGI.activity("probe-good-2", "probe-case", 3, "\"1969\"") + "]";

        JsonNode report = post(KEMLAGI, "/api/activities", "application/json", body);

        assertThat(report.get("accepted").asLong()).isEqualTo(2);
        assertThat(report.get("errors")).extracting(e -> e.get("field").asText()).containsExactly("actor_id", "actor_id");
        assertThat(report.get("errors")).extracting(e -> e.get("line").asLong()).containsExactly(2L, 3L);
        assertThat(stored.findCase(StoreKeys.caseKey("kec-kemlagi", "probe-case")).orElseThrow().events())
                .extracting(ActivityEvent::eventId).containsExactly("probe-good-1", "probe-good-2");
    }

    @Test
    void theSameIdsInTwoTenantsAreTwoRowsAndEachResendADuplicateOfItsOwn() throws Exception {
        for (Operator operator : List.of(KEMLAGI, TANJUNGANOM)) {
            JsonNode first = operator.sendAll(this, "shared");
            assertThat(first.get("accepted").asLong()).as(operator.user()).isEqualTo(3);
            assertThat(first.get("errors")).as(operator.user()).isEmpty();
        }
        for (Operator operator : List.of(KEMLAGI, TANJUNGANOM)) {
            assertThat(stored.findCase(StoreKeys.caseKey(operator.unit(), "shared-case")).orElseThrow().events())
                    .singleElement().satisfies(e -> assertThat(e.unit()).isEqualTo(operator.unit()));
            SubjectData subject = stored.findSubject(StoreKeys.subjectKey(operator.unit(), "IKU-1", "2024-Q1"))
                    .orElseThrow();
            assertThat(subject.records()).extracting(IndicatorRecord::recordId).contains("shared-record");
            assertThat(subject.requests()).extracting(DataRequest::requestId).contains("shared-request");
        }
        assertThat(mongo.getCollection(StoreKeys.IDS).countDocuments(Filters.in("_id",
                "activities:kec-kemlagi|shared-event", "activities:kec-tanjunganom|shared-event",
                "indicators:kec-kemlagi|shared-record", "indicators:kec-tanjunganom|shared-record",
                "requests:kec-kemlagi|shared-request", "requests:kec-tanjunganom|shared-request"))).isEqualTo(6);

        // a re-send is a duplicate of one's own row; changed content conflicts with one's own row only
        JsonNode again = KEMLAGI.sendAll(this, "shared");
        assertThat(again.get("duplicates").asLong()).isEqualTo(3);
        assertThat(again.get("accepted").asLong()).isZero();
        JsonNode changed = post(KEMLAGI, "/api/activities", "application/json",
                "[" + KEMLAGI.activity("shared-event", "shared-case", 1, "\"someone-else\"") + "]");
        assertThat(changed.get("errors")).singleElement()
                .satisfies(e -> assertThat(e.get("reason_en").asText()).contains("conflict"));
        assertThat(TANJUNGANOM.sendAll(this, "shared").get("duplicates").asLong()).isEqualTo(3);
    }

    @Test
    void nothingAnOperatorIsToldDependsOnWhatAnotherTenantStored() throws Exception {
        TANJUNGANOM.sendAll(this, "known-there");

        JsonNode idsTheOtherTenantHas = KEMLAGI.sendAll(this, "known-there");
        JsonNode idsNobodyHas = KEMLAGI.sendAll(this, "known-nowhere");

        for (String count : List.of("accepted", "duplicates", "updated", "rejected")) {
            assertThat(idsTheOtherTenantHas.get(count)).as(count).isEqualTo(idsNobodyHas.get(count));
        }
        assertThat(idsTheOtherTenantHas.get("errors")).isEqualTo(idsNobodyHas.get("errors")).isEmpty();
    }

    JsonNode post(Operator operator, String path, String contentType, String body) throws Exception {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.parseMediaType(contentType));
        ResponseEntity<String> response = http.withBasicAuth(operator.user(), operator.password())
                .postForEntity(path, new HttpEntity<>(body, headers), String.class);
        assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.OK);
        return json.readTree(response.getBody());
    }

    record Operator(String user, String password, String unit, String sop) {

        String activity(String eventId, String caseId, int step, String actorId) {
            return "{\"event_id\":\"" + eventId + "\",\"sop_code\":\"" + sop + "\",\"case_id\":\"" + caseId
                    + "\",\"unit\":\"" + unit + "\",\"step_no\":" + step + ",\"actor_role\":\"Camat\",\"actor_id\":"
                    + actorId + ",\"started_at\":\"2024-04-01T08:0" + step + ":00+07:00\"}";
        }

        /** One activity, one indicator record and one data request, all with ids made from {@code prefix}. */
        JsonNode sendAll(IngestHardeningIntegrationTests test, String prefix) throws Exception {
            JsonNode activities = test.post(this, "/api/activities", "application/json",
                    "[" + activity(prefix + "-event", prefix + "-case", 1, "\"1968\"") + "]");
            JsonNode indicators = test.post(this, "/api/indicators", "text/csv",
                    "record_id,unit,indicator_code,period,target_period,realization\n" + prefix + "-record," + unit
                            + ",IKU-1,2024-Q1,100,87.5\n");
            JsonNode requests = test.post(this, "/api/requests", "text/csv",
                    "request_id,unit,indicator_code,period,due_at\n" + prefix + "-request," + unit
                            + ",IKU-1,2024-Q1,2024-04-10T16:00:00+07:00\n");
            var sum = new ObjectMapper().createObjectNode();
            for (String count : List.of("accepted", "duplicates", "updated", "rejected")) {
                sum.put(count, activities.get(count).asLong() + indicators.get(count).asLong()
                        + requests.get(count).asLong());
            }
            var errors = sum.putArray("errors");
            List.of(activities, indicators, requests).forEach(r -> errors.addAll((com.fasterxml.jackson.databind.node.ArrayNode) r.get("errors")));
            return sum;
        }
    }
}
