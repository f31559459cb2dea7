package id.patuh.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every endpoint of the application, called as every role and as anonymous. The endpoints are
 * enumerated from the application itself: one without an entry in {@link #ALLOWED} fails.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"patuh.security.enabled=true", "patuh.evaluation.sweep-on-start=false"})
@AutoConfigureObservability
class SecurityMatrixIntegrationTests {

    /** Who may call what; everyone else must get 401 (anonymous) or 403. */
    static final Map<String, Set<Role>> ALLOWED = new LinkedHashMap<>();

    static {
        Set<Role> everyone = EnumSet.allOf(Role.class);
        Set<Role> dataReaders = EnumSet.of(Role.ADMIN, Role.INSPEKTORAT, Role.SEKCAM, Role.EVALUATOR);
        Set<Role> reportReaders = EnumSet.of(Role.ADMIN, Role.INSPEKTORAT, Role.SEKCAM, Role.EVALUATOR);
        allow("GET /api/sops", everyone);
        allow("GET /api/sops/{code}", everyone);
        allow("POST /api/activities", EnumSet.of(Role.OPERATOR, Role.ADMIN));
        allow("POST /api/indicators", EnumSet.of(Role.OPERATOR, Role.ADMIN));
        allow("POST /api/requests", EnumSet.of(Role.OPERATOR, Role.ADMIN));
        allow("GET /api/imports", EnumSet.of(Role.OPERATOR, Role.ADMIN));
        allow("GET /api/sops/{code}/template.xlsx", everyone);
        allow("GET /api/indicators/template.xlsx", everyone);
        allow("GET /console/panduan-kolom", everyone);
        allow("GET /console/catat", EnumSet.of(Role.OPERATOR, Role.SEKCAM, Role.ADMIN));
        allow("GET /console/catat/{code}", EnumSet.of(Role.OPERATOR, Role.SEKCAM, Role.ADMIN));
        allow("POST /console/catat/{code}", EnumSet.of(Role.OPERATOR, Role.SEKCAM, Role.ADMIN));
        allow("GET /console/catat/bukti", EnumSet.of(Role.OPERATOR, Role.SEKCAM, Role.ADMIN));
        allow("POST /console/catat/bukti", EnumSet.of(Role.OPERATOR, Role.SEKCAM, Role.ADMIN));
        Set<Role> evidenceReaders = EnumSet.of(Role.OPERATOR, Role.ADMIN, Role.INSPEKTORAT, Role.SEKCAM,
                Role.EVALUATOR);
        allow("POST /api/evidence", EnumSet.of(Role.OPERATOR, Role.SEKCAM, Role.ADMIN));
        allow("GET /api/evidence", evidenceReaders);
        allow("GET /api/evidence/{id}", evidenceReaders);
        allow("GET /api/evidence/{id}/content", evidenceReaders);
        allow("GET /console/sops/{code}/templat.xlsx", everyone);
        allow("GET /console/import/templat-indikator.xlsx", EnumSet.of(Role.OPERATOR, Role.ADMIN));
        // a unit's operator reads its findings too: it reports their follow-up
        Set<Role> findingReaders = EnumSet.of(Role.ADMIN, Role.INSPEKTORAT, Role.SEKCAM, Role.EVALUATOR, Role.OPERATOR);
        allow("GET /api/findings", findingReaders);
        allow("GET /api/findings/{id}", findingReaders);
        allow("GET /api/findings/export", findingReaders);
        // the console's start page as JSON: whoever reads the unit's findings reads its overview
        allow("GET /api/overview", findingReaders);
        allow("POST /api/findings/{id}/rekomendasi", EnumSet.of(Role.INSPEKTORAT));
        allow("POST /api/findings/rekomendasi", EnumSet.of(Role.INSPEKTORAT));
        allow("POST /api/findings/{id}/tindak-lanjut", EnumSet.of(Role.OPERATOR, Role.SEKCAM));
        allow("POST /api/findings/{id}/sesuai", EnumSet.of(Role.INSPEKTORAT));
        allow("POST /api/findings/{id}/tidak-dapat-ditindaklanjuti", EnumSet.of(Role.INSPEKTORAT));
        allow("POST /api/findings/{id}/pengecualian", EnumSet.of(Role.INSPEKTORAT));
        allow("POST /api/findings/{id}/buka", EnumSet.of(Role.INSPEKTORAT));
        allow("GET /api/admin/rules", EnumSet.of(Role.ADMIN));
        allow("POST /api/admin/rules/reload", EnumSet.of(Role.ADMIN));
        allow("POST /api/admin/catalog/reload", EnumSet.of(Role.ADMIN));
        allow("GET /api/admin/users", EnumSet.of(Role.ADMIN));
        allow("GET /api/admin/audit", EnumSet.of(Role.ADMIN, Role.INSPEKTORAT));
        allow("GET /actuator/prometheus", EnumSet.of(Role.SCRAPER, Role.ADMIN));
        allow("GET /actuator/info", everyone);
        allow("GET /api/reports/readiness", reportReaders);
        allow("GET /api/reports/monitoring", reportReaders);
        allow("GET /reports/readiness", reportReaders);
        allow("GET /reports/monitoring", reportReaders);
        // the SOP evaluation form (issue 15): the inspektorat and evaluators fill it in, the unit's Sekcam reads
        allow("GET /api/sops/{code}/evaluasi", reportReaders);
        allow("PUT /api/sops/{code}/evaluasi", EnumSet.of(Role.INSPEKTORAT, Role.EVALUATOR));
        allow("GET /console/sops/{code}/evaluasi", reportReaders);
        allow("POST /console/sops/{code}/evaluasi", EnumSet.of(Role.INSPEKTORAT, Role.EVALUATOR));
        allow("GET /", everyone);
        allow("GET /login", EnumSet.allOf(Role.class));
        allow("GET /console", everyone);
        allow("GET /console/sops", everyone);
        allow("GET /console/sops/{code}", everyone);
        allow("GET /console/import", EnumSet.of(Role.OPERATOR, Role.ADMIN));
        allow("POST /console/import", EnumSet.of(Role.OPERATOR, Role.ADMIN));
        allow("GET /console/import/{id}/ditolak.csv", EnumSet.of(Role.OPERATOR, Role.ADMIN));
        allow("GET /console/findings", findingReaders);
        allow("GET /console/findings/{id}", findingReaders);
        allow("GET /console/findings/export", findingReaders);
        allow("POST /console/findings/{id}/{action}", EnumSet.of(Role.INSPEKTORAT));
        allow("POST /console/findings/rekomendasi", EnumSet.of(Role.INSPEKTORAT));
        allow("GET /console/sop-import", EnumSet.of(Role.ADMIN));
        allow("POST /console/sop-import", EnumSet.of(Role.ADMIN));
        allow("POST /console/sop-import/simpan", EnumSet.of(Role.ADMIN));
    }

    /** Pages anyone may open, signed in or not. */
    static final Set<String> PUBLIC = Set.of("GET /login");

    static final Map<Role, String[]> USERS = Map.of(
            Role.ADMIN, new String[] {"admin", "admin-pw"},
            Role.INSPEKTORAT, new String[] {"inspektur", "inspektur-pw"},
            Role.SEKCAM, new String[] {"sekcam-kemlagi", "sekcam-pw"},
            Role.OPERATOR, new String[] {"operator-kemlagi", "operator-pw"},
            Role.EVALUATOR, new String[] {"evaluator", "evaluator-pw"},
            Role.SCRAPER, new String[] {"scraper", "scraper-pw"});

    private static void allow(String endpoint, Set<Role> roles) {
        ALLOWED.put(endpoint, roles);
    }

    @Autowired
    TestRestTemplate http;

    @org.springframework.boot.test.web.server.LocalServerPort
    int port;

    private ConsoleSessions consoleSessions;

    @org.junit.jupiter.api.BeforeEach
    void consoleSessions() {
        consoleSessions = new ConsoleSessions(port);
    }

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Test
    void everyEndpointOfTheApplicationHasAnEntry() {
        Set<String> missing = new TreeSet<>(applicationEndpoints());
        missing.removeAll(ALLOWED.keySet());
        assertThat(missing).as("endpoints without an entry in the role matrix").isEmpty();
    }

    @Test
    void everyRoleGetsExactlyWhatTheMatrixSays() {
        List<String> wrong = new ArrayList<>();
        Set<String> endpoints = new TreeSet<>(applicationEndpoints());
        endpoints.addAll(ALLOWED.keySet());
        for (String endpoint : endpoints) {
            Set<Role> allowed = ALLOWED.getOrDefault(endpoint, Set.of());
            int anonymous = call(endpoint, null);
            if (PUBLIC.contains(endpoint) ? anonymous >= 400 : !deniedToAnonymous(endpoint, anonymous)) {
                wrong.add(endpoint + " anonymous -> " + anonymous);
            }
            for (Role role : Role.values()) {
                int status = call(endpoint, role);
                boolean denied = status == 401 || status == 403;
                if (allowed.contains(role) == denied) {
                    wrong.add(endpoint + " as " + role + " -> " + status);
                }
            }
        }
        assertThat(wrong).isEmpty();
    }

    @Test
    void healthIsPublicWithoutDetails() {
        ResponseEntity<String> health = http.getForEntity("/actuator/health", String.class);
        assertThat(health.getStatusCode().value()).isEqualTo(200);
        assertThat(health.getBody()).contains("UP").doesNotContain("components").doesNotContain("backend");
        ResponseEntity<String> asAdmin = http.withBasicAuth("admin", "admin-pw").getForEntity("/actuator/health",
                String.class);
        assertThat(asAdmin.getBody()).contains("mongo");
    }

    @Test
    void otherActuatorEndpointsAndUnknownPathsAreClosed() {
        assertThat(call("GET /actuator/env", Role.ADMIN)).isIn(403, 404);
        assertThat(call("GET /actuator/beans", Role.ADMIN)).isIn(403, 404);
        assertThat(call("GET /api/tidak-ada", Role.ADMIN)).isIn(403, 404);
    }

    @Test
    void responsesCarrySecurityHeaders() {
        HttpHeaders headers = http.withBasicAuth("admin", "admin-pw").getForEntity("/api/sops", String.class)
                .getHeaders();
        assertThat(headers.getFirst("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(headers.getFirst("X-Frame-Options")).isEqualTo("DENY");
        assertThat(headers.getFirst("Content-Security-Policy")).contains("default-src 'self'");
    }

    /**
     * The API answers 401; console pages send a browser to the sign-in form (302) and refuse a
     * form post without a session's CSRF token (403).
     */
    private static boolean deniedToAnonymous(String endpoint, int status) {
        return status == 401 || (isConsole(endpoint) && (status == 302 || status == 403));
    }

    private static boolean isConsole(String endpoint) {
        String path = endpoint.split(" ", 2)[1];
        return path.equals("/") || path.startsWith("/console") || path.startsWith("/reports/");
    }

    private Set<String> applicationEndpoints() {
        Set<String> endpoints = new TreeSet<>();
        for (Map.Entry<RequestMappingInfo, HandlerMethod> entry : mappings.getHandlerMethods().entrySet()) {
            if (!entry.getValue().getBeanType().getPackageName().startsWith("id.patuh")) {
                continue; // Spring's own /error
            }
            RequestMappingInfo info = entry.getKey();
            Set<String> methods = new TreeSet<>();
            info.getMethodsCondition().getMethods().forEach(m -> methods.add(m.name()));
            if (methods.isEmpty()) {
                methods.add("GET");
            }
            for (String pattern : info.getPatternValues()) {
                methods.forEach(m -> endpoints.add(m + " " + pattern));
            }
        }
        return endpoints;
    }

    private int call(String endpoint, Role role) {
        String[] parts = endpoint.split(" ", 2);
        if (isConsole(endpoint) && parts[0].equals("POST") && role != null) {
            String path = parts[1].replaceAll("\\{[^}]+}", "x");
            return consoleSessions.session(USERS.get(role)[0], USERS.get(role)[1]).post(path);
        }
        if (isConsole(endpoint) && role == null) {
            // TestRestTemplate would follow the redirect to the sign-in form and report its 200
            return consoleSessions.anonymous(parts[0], parts[1].replaceAll("\\{[^}]+}", "x"));
        }
        String path = parts[1].replace("{code}", "kemlagi-pengumpulan-data-kinerja").replaceAll("\\{[^}]+}", "x");
        TestRestTemplate client = role == null ? http : http.withBasicAuth(USERS.get(role)[0], USERS.get(role)[1]);
        HttpHeaders headers = new HttpHeaders();
        HttpMethod method = HttpMethod.valueOf(parts[0]);
        Object body = null;
        if (method == HttpMethod.POST) {
            headers.setContentType(path.startsWith("/api/findings") ? MediaType.APPLICATION_JSON : MediaType.TEXT_PLAIN);
            body = path.startsWith("/api/findings") ? "{\"note\":\"uji\"}" : "";
            if (path.equals("/api/activities") || path.equals("/api/indicators") || path.equals("/api/requests")) {
                headers.setContentType(MediaType.parseMediaType("text/csv"));
            }
        }
        ResponseEntity<String> response = client.exchange(path, method, new HttpEntity<>(body, headers), String.class);
        return response.getStatusCode().value();
    }
}
