package id.patuh.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
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

/** No data of one tenant is reachable with another tenant's credentials; actions are audited. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"patuh.security.enabled=true", "patuh.evaluation.sweep-on-start=false",
                "patuh.security.login-attempts=3"})
class TenantIsolationIntegrationTests {

    static final String HEADER = "event_id,sop_code,case_id,unit,step_no,actor_role,started_at,finished_at,"
            + "kelengkapan,output\n";

    @Autowired
    TestRestTemplate http;

    @Autowired
    MongoTemplate mongo;

    private final ObjectMapper json = new ObjectMapper();

    @BeforeEach
    void dataOfTwoTenants() throws Exception {
        // admin may write for every tenant: a Kemlagi case and a Sidoarjo case, each with a late step
        post("admin", "admin-pw", HEADER
                + "t-k1,kemlagi-pengumpulan-data-kinerja,t-kemlagi,kec-kemlagi,1,Camat,2024-04-02T08:00:00+07:00,"
                + "2024-04-02T09:00:00+07:00,Nota Dinas,Dokumen\n"
                + "t-s1,sidoarjo-perencanaan-pengumpulan-data-kinerja,t-sidoarjo,setda-sidoarjo-perencanaan,1,"
                + "Sekretaris Daerah,2024-04-02T08:00:00+07:00,2024-04-02T11:00:00+07:00,Surat Pemberitahuan,"
                + "Disposisi Surat\n");
    }

    @Test
    void aSekcamSeesOnlyTheFindingsOfItsOwnTenant() throws Exception {
        JsonNode page = get("sekcam-kemlagi", "sekcam-pw", "/api/findings?size=500");
        assertThat(page.get("items")).isNotEmpty()
                .allSatisfy(f -> assertThat(f.get("unit").asText()).startsWith("kec-kemlagi"));
        String sidoarjoFinding = get("admin", "admin-pw", "/api/findings?case=t-sidoarjo").get("items").get(0)
                .get("id").asText();
        ResponseEntity<String> other = http.withBasicAuth("sekcam-kemlagi", "sekcam-pw")
                .getForEntity("/api/findings/" + sidoarjoFinding, String.class);
        assertThat(other.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(get("sekcam-kemlagi", "sekcam-pw", "/api/findings?case=t-sidoarjo").get("total").asLong()).isZero();
    }

    @Test
    void reportsOfAnotherTenantDoNotExistForASekcam() {
        ResponseEntity<String> own = http.withBasicAuth("sekcam-kemlagi", "sekcam-pw")
                .getForEntity("/api/reports/readiness?unit=kec-kemlagi&period=2024-Q2&format=json", String.class);
        assertThat(own.getStatusCode()).isEqualTo(HttpStatus.OK);
        ResponseEntity<String> other = http.withBasicAuth("sekcam-kemlagi", "sekcam-pw").getForEntity(
                "/api/reports/readiness?unit=setda-sidoarjo-perencanaan&period=2024-Q2&format=json", String.class);
        assertThat(other.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(http.withBasicAuth("sekcam-kemlagi", "sekcam-pw").getForEntity(
                "/reports/monitoring?unit=setda-sidoarjo-perencanaan&half=2024-S1", String.class).getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
    }

    @Test
    void anOperatorsRowsForAnotherTenantAreRejectedEachWithARowError() throws Exception {
        JsonNode report = post("operator-kemlagi", "operator-pw", HEADER
                + "t-k2,kemlagi-pengumpulan-data-kinerja,t-kemlagi-2,kec-kemlagi,1,Camat,2024-04-03T08:00:00+07:00,,,\n"
                + "t-s2,sidoarjo-perencanaan-pengumpulan-data-kinerja,t-sidoarjo-2,setda-sidoarjo-perencanaan,1,"
                + "Sekretaris Daerah,2024-04-03T08:00:00+07:00,,,\n");
        assertThat(report.get("accepted").asLong()).isEqualTo(1);
        assertThat(report.get("rejected").asLong()).isEqualTo(1);
        JsonNode error = report.get("errors").get(0);
        assertThat(error.get("line").asLong()).isEqualTo(3);
        assertThat(error.get("field").asText()).isEqualTo("unit");
        assertThat(error.get("reason").asText()).contains("bukan wewenang");
        assertThat(mongo.getCollection("cases").countDocuments(Filters.eq("_id", "setda-sidoarjo-perencanaan|t-sidoarjo-2")))
                .isZero();
        // the operator can read its rejections again later; it sees only its own imports
        JsonNode imports = get("operator-kemlagi", "operator-pw", "/api/imports");
        assertThat(imports).isNotEmpty().allSatisfy(i -> assertThat(i.get("actor").asText()).isEqualTo("operator-kemlagi"));
        assertThat(imports.get(0).get("report").get("errors").get(0).get("field").asText()).isEqualTo("unit");
        assertThat(get("admin", "admin-pw", "/api/imports"))
                .anySatisfy(i -> assertThat(i.get("actor").asText()).isEqualTo("admin"));
    }

    @Test
    void theInspektoratActsOnlyWithinItsTenantsAndEveryChangeIsAudited() throws Exception {
        String kemlagiFinding = get("admin", "admin-pw", "/api/findings?case=t-kemlagi").get("items").get(0)
                .get("id").asText();
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        ResponseEntity<String> followUp = http.withBasicAuth("inspektur", "inspektur-pw").postForEntity(
                "/api/findings/" + kemlagiFinding + "/rekomendasi",
                new HttpEntity<>("{\"actor\":\"orang-lain\",\"rekomendasi\":\"Camat diminta klarifikasi\","
                        + "\"penanggung_jawab\":\"Camat\",\"batas_waktu\":\"2030-01-31\"}", headers),
                String.class);
        assertThat(followUp.getStatusCode()).isEqualTo(HttpStatus.OK);
        // the signed-in user is the actor, whatever the body says
        assertThat(json.readTree(followUp.getBody()).get("history").get(1).get("actor").asText()).isEqualTo("inspektur");

        JsonNode audit = get("admin", "admin-pw", "/api/admin/audit?action=finding.status");
        assertThat(audit).anySatisfy(e -> {
            assertThat(e.get("actor").asText()).isEqualTo("inspektur");
            assertThat(e.get("detail").get("finding_id").asText()).isEqualTo(kemlagiFinding);
        });
        assertThat(get("admin", "admin-pw", "/api/admin/audit?action=import"))
                .anySatisfy(e -> assertThat(e.get("actor").asText()).isEqualTo("admin"));
    }

    @Test
    void repeatedWrongPasswordsAreLoggedAndThenThrottled() throws Exception {
        for (int i = 0; i < 3; i++) {
            assertThat(http.withBasicAuth("evaluator", "salah").getForEntity("/api/findings", String.class)
                    .getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        }
        ResponseEntity<String> throttled = http.withBasicAuth("evaluator", "evaluator-pw")
                .getForEntity("/api/findings", String.class);
        assertThat(throttled.getStatusCode()).isEqualTo(HttpStatus.TOO_MANY_REQUESTS);
        assertThat(throttled.getHeaders().getFirst("Retry-After")).isNotBlank();
        assertThat(get("admin", "admin-pw", "/api/admin/audit?action=login.failed"))
                .anySatisfy(e -> assertThat(e.get("actor").asText()).isEqualTo("evaluator"));
    }

    private JsonNode post(String user, String password, String csv) throws Exception {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.parseMediaType("text/csv"));
        ResponseEntity<String> response = http.withBasicAuth(user, password)
                .postForEntity("/api/activities", new HttpEntity<>(csv, headers), String.class);
        assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.OK);
        return json.readTree(response.getBody());
    }

    private JsonNode get(String user, String password, String path) throws Exception {
        ResponseEntity<String> response = http.withBasicAuth(user, password).getForEntity(path, String.class);
        assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.OK);
        return json.readTree(response.getBody());
    }
}
