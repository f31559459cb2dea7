package id.patuh.findings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import id.patuh.security.Role;

/**
 * The follow-up API role by role: each step's endpoint as every role (only the step's role gets
 * through; a refusal changes nothing), the JSON an audit item carries, and the tenant scope.
 */
@SpringBootTest(properties = {"patuh.security.enabled=true", "patuh.evaluation.sweep-on-start=false"})
class FollowUpApiIntegrationTests {

    /** The test users (src/test/resources/config/application.yml); all but the scraper see kec-kemlagi. */
    private static final Map<Role, String[]> USERS = Map.of(
            Role.ADMIN, new String[] {"admin", "admin-pw"},
            Role.INSPEKTORAT, new String[] {"inspektur", "inspektur-pw"},
            Role.SEKCAM, new String[] {"sekcam-kemlagi", "sekcam-pw"},
            Role.OPERATOR, new String[] {"operator-kemlagi", "operator-pw"},
            Role.EVALUATOR, new String[] {"evaluator", "evaluator-pw"},
            Role.SCRAPER, new String[] {"scraper", "scraper-pw"});
    private static final String RECOMMENDATION =
            "{\"rekomendasi\":\"Percepat disposisi\",\"penanggung_jawab\":\"Sekcam Kemlagi\",\"batas_waktu\":\"2030-01-31\"}";

    @Autowired
    WebApplicationContext context;

    @Autowired
    FindingService findings;

    @Autowired
    MongoTemplate mongo;

    private MockMvc mvc;

    @BeforeEach
    void mvc() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
    }

    @Test
    void eachStepIsOpenOnlyToItsRoleAndARefusalChangesNothing() throws Exception {
        List<String> wrong = new ArrayList<>();
        for (FollowUpStep step : FollowUpStep.values()) {
            Set<Role> allowed = step.actor() == FollowUpStep.Actor.UNIT ? EnumSet.of(Role.OPERATOR, Role.SEKCAM)
                    : EnumSet.of(Role.INSPEKTORAT);
            FindingStatus from = EnumSet.allOf(FindingStatus.class).stream().filter(step::allowedFrom).findFirst()
                    .orElseThrow();
            for (Role role : Role.values()) {
                String id = FollowUpFixtures.inStatus(findings, mongo, "kec-kemlagi", from, "2030-01-31");
                int answer = mvc.perform(post("/api/findings/" + id + "/" + step.path())
                        .contentType(MediaType.APPLICATION_JSON).content(body(step))
                        .with(httpBasic(USERS.get(role)[0], USERS.get(role)[1]))).andReturn().getResponse().getStatus();
                FindingView after = findings.find(id).orElseThrow();
                boolean ok = allowed.contains(role) ? answer == 200 && after.status() == step.target(from)
                        : answer == 403 && after.status() == from;
                if (!ok) {
                    wrong.add(step.path() + " as " + role + " -> " + answer + ", status " + after.status());
                }
            }
        }
        assertThat(wrong).isEmpty();
    }

    @Test
    void anAuditItemCarriesItsFollowUpAndItsKondisiApart() throws Exception {
        String id = FollowUpFixtures.raised(findings, "kec-kemlagi", "WRONG_EXECUTOR").id();
        mvc.perform(post("/api/findings/" + id + "/rekomendasi").contentType(MediaType.APPLICATION_JSON)
                .content(RECOMMENDATION).with(httpBasic("inspektur", "inspektur-pw")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("belum_ditindaklanjuti"))
                .andExpect(jsonPath("$.kondisi").value("berlaku"))
                .andExpect(jsonPath("$.tindak_lanjut.status").value("belum_ditindaklanjuti"))
                .andExpect(jsonPath("$.tindak_lanjut.rekomendasi").value("Percepat disposisi"))
                .andExpect(jsonPath("$.tindak_lanjut.penanggung_jawab").value("Sekcam Kemlagi"))
                .andExpect(jsonPath("$.tindak_lanjut.batas_waktu").value("2030-01-31"))
                .andExpect(jsonPath("$.tindak_lanjut.riwayat[0].actor").value("inspektur"));
        mvc.perform(post("/api/findings/" + id + "/tindak-lanjut").contentType(MediaType.APPLICATION_JSON)
                .content("{\"note\":\"SK pelaksana terbit\",\"bukti\":[\"sk-3\"]}")
                .with(httpBasic("sekcam-kemlagi", "sekcam-pw")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.tindak_lanjut.status").value("dalam_proses"))
                .andExpect(jsonPath("$.tindak_lanjut.riwayat[1].actor").value("sekcam-kemlagi"))
                .andExpect(jsonPath("$.tindak_lanjut.riwayat[1].bukti[0]").value("sk-3"));
        mvc.perform(post("/api/findings/" + id + "/tidak-dapat-ditindaklanjuti").contentType(MediaType.APPLICATION_JSON)
                .content("{}").with(httpBasic("inspektur", "inspektur-pw"))).andExpect(status().isBadRequest());
        mvc.perform(get("/api/findings/" + id).with(httpBasic("operator-kemlagi", "operator-pw")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("dalam_proses"));
    }

    @Test
    void findingsOfAnotherTenantDoNotExistForTheCaller() throws Exception {
        String sidoarjo = FollowUpFixtures.inStatus(findings, mongo, "setda-sidoarjo-perencanaan",
                FindingStatus.BELUM_DITINDAKLANJUTI, "2030-01-31");
        String tanjunganom = FollowUpFixtures.raised(findings, "kec-tanjunganom", "WRONG_EXECUTOR").id();

        mvc.perform(post("/api/findings/" + sidoarjo + "/tindak-lanjut").contentType(MediaType.APPLICATION_JSON)
                .content("{\"note\":\"bukan unit saya\"}").with(httpBasic("sekcam-kemlagi", "sekcam-pw")))
                .andExpect(status().isNotFound());
        mvc.perform(post("/api/findings/" + tanjunganom + "/rekomendasi").contentType(MediaType.APPLICATION_JSON)
                .content(RECOMMENDATION).with(httpBasic("inspektur", "inspektur-pw")))
                .andExpect(status().isNotFound());
        mvc.perform(post("/api/findings/rekomendasi").contentType(MediaType.APPLICATION_JSON)
                .content(RECOMMENDATION).with(httpBasic("inspektur", "inspektur-pw")))
                .andExpect(status().isBadRequest());
        assertThat(findings.find(sidoarjo).orElseThrow().status()).isEqualTo(FindingStatus.BELUM_DITINDAKLANJUTI);
        assertThat(findings.find(tanjunganom).orElseThrow().status()).isEqualTo(FindingStatus.TERBUKA);
    }

    @Test
    void aStepRefusedFromTheFindingsStatusAnswersInTheCallersLanguage() throws Exception {
        String id = FollowUpFixtures.raised(findings, "kec-kemlagi", "WRONG_EXECUTOR").id();
        assertThat(FollowUpStep.TINDAK_LANJUT.allowedFrom(FindingStatus.TERBUKA)).isFalse();
        String from = FindingStatus.TERBUKA.label();
        String allowed = FollowUpStep.TINDAK_LANJUT.fromLabels();

        mvc.perform(tindakLanjut(id))
                .andExpect(status().isConflict())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.title").value("Perubahan status tidak diizinkan"))
                .andExpect(jsonPath("$.detail").value("Langkah tindak-lanjut tidak dapat diambil pada temuan berstatus "
                        + from + "; hanya dari: " + allowed))
                .andExpect(jsonPath("$.detail", not(containsString("not allowed"))));
        mvc.perform(tindakLanjut(id).header(HttpHeaders.ACCEPT_LANGUAGE, "en-US,en;q=0.9"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.title").value("Status change not allowed"))
                .andExpect(jsonPath("$.detail").value("Step tindak-lanjut is not allowed from " + from
                        + "; only from: " + allowed));
        assertThat(findings.find(id).orElseThrow().status()).isEqualTo(FindingStatus.TERBUKA);
    }

    @Test
    void anUnknownFindingAnswers404InTheCallersLanguage() throws Exception {
        mvc.perform(get("/api/findings/tidak-ada").with(httpBasic("inspektur", "inspektur-pw")))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.title").value("Temuan tidak ditemukan"))
                .andExpect(jsonPath("$.detail").value("Temuan tidak-ada tidak ada"))
                .andExpect(jsonPath("$.detail", not(containsString("finding"))));
        mvc.perform(get("/api/findings/tidak-ada").header(HttpHeaders.ACCEPT_LANGUAGE, "en")
                .with(httpBasic("inspektur", "inspektur-pw")))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.title").value("Finding not found"))
                .andExpect(jsonPath("$.detail").value("No finding tidak-ada"));
    }

    private static MockHttpServletRequestBuilder tindakLanjut(String id) {
        return post("/api/findings/" + id + "/tindak-lanjut").contentType(MediaType.APPLICATION_JSON)
                .content("{\"note\":\"SK pelaksana terbit\"}").with(httpBasic("sekcam-kemlagi", "sekcam-pw"));
    }

    private static String body(FollowUpStep step) {
        return step == FollowUpStep.REKOMENDASI ? RECOMMENDATION : "{\"note\":\"catatan uji\",\"bukti\":[\"b-1\"]}";
    }
}
