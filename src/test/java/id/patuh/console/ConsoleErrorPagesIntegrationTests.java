package id.patuh.console;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * A console or report page that cannot be shown answers a browser with an HTML page in the
 * console's layout (menu, the caller's name), never raw JSON: a 403 of the access rules, a 404 of
 * a controller or of no controller at all, a refused report parameter (with its message). The
 * same request from a script (no {@code text/html} in Accept) keeps its problem detail.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"patuh.security.enabled=true", "patuh.evaluation.sweep-on-start=false"})
class ConsoleErrorPagesIntegrationTests {

    private static final String BROWSER = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";

    @Autowired
    TestRestTemplate http;

    private final ObjectMapper json = new ObjectMapper();

    @ParameterizedTest(name = "{0} {1} -> {2}")
    @CsvSource(delimiter = '|', value = {
            "sekcam-kemlagi | /console/sop-import                      | 403 | ",
            "inspektur      | /console/sops/tidak-ada                  | 404 | ",
            "inspektur      | /reports/tidak-ada                       | 404 | ",
            "inspektur      | /reports/readiness?unit=kec-lain&period=2024 | 404 | Unit \"kec-lain\" tidak ditemukan",
            "inspektur      | /reports/readiness?unit=kec-kemlagi&period=2024-Q5 | 400 | period"})
    void aBrowserGetsTheConsolesErrorPage(String user, String path, int status, String detail) {
        ResponseEntity<String> answer = get(user, path, BROWSER);

        assertThat(answer.getStatusCode().value()).as(answer.getBody()).isEqualTo(status);
        assertThat(answer.getHeaders().getContentType()).isNotNull()
                .satisfies(type -> assertThat(type.isCompatibleWith(MediaType.TEXT_HTML)).isTrue());
        assertThat(answer.getBody()).contains("data-testid=\"error-page\"").contains("class=\"topbar\"")
                .contains("<h1>" + status + "</h1>").doesNotContain("\"status\":");
        assertThat(answer.getBody()).as("the signed-in caller in the header")
                .contains("data-testid=\"caller\">" + user + "<");
        if (detail != null) {
            assertThat(answer.getBody()).contains("data-testid=\"error-detail\"")
                    .contains(detail.replace("\"", "&quot;"));
        }
    }

    @ParameterizedTest(name = "{0} {1} -> {2}")
    @CsvSource(delimiter = '|', value = {
            "inspektur | /reports/readiness?unit=kec-lain&period=2024          | 404",
            "inspektur | /reports/readiness?unit=kec-kemlagi&period=2024-Q5    | 400"})
    void aScriptKeepsTheProblemDetail(String user, String path, int status) throws Exception {
        ResponseEntity<String> answer = get(user, path, "*/*");

        assertThat(answer.getStatusCode().value()).isEqualTo(status);
        assertThat(answer.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        JsonNode problem = json.readTree(answer.getBody());
        assertThat(problem.get("status").asInt()).isEqualTo(status);
        assertThat(problem.get("title").asText()).isNotBlank();
    }

    @Test
    void theErrorPageIsInTheRequestsLanguageMenuAndSwitchIncluded() {
        ResponseEntity<String> id = get("sekcam-kemlagi", "/console/sop-import", BROWSER);
        assertThat(id.getStatusCode().value()).isEqualTo(403);
        assertThat(id.getBody()).contains("<html lang=\"id\"").contains("Anda tidak berhak membuka halaman ini.")
                .contains(">Beranda</a>").contains("data-testid=\"languages\"").doesNotContain("You may not")
                .doesNotContain(">Home</a>");

        ResponseEntity<String> en = get("sekcam-kemlagi", "/console/sop-import", BROWSER, "en-US,en;q=0.9");
        assertThat(en.getStatusCode().value()).isEqualTo(403);
        assertThat(en.getBody()).contains("<html lang=\"en\"").contains("You may not open this page.")
                .contains(">Home</a>").contains("Back to the start page").doesNotContain("tidak berhak")
                .doesNotContain(">Beranda</a>");

        ResponseEntity<String> refused = get("inspektur", "/reports/readiness?unit=kec-lain&period=2024", BROWSER, "en");
        assertThat(refused.getStatusCode().value()).isEqualTo(404);
        assertThat(refused.getBody()).contains("Page not found.").doesNotContain("Halaman tidak ditemukan");
    }

    private ResponseEntity<String> get(String user, String path, String accept) {
        return get(user, path, accept, null);
    }

    private ResponseEntity<String> get(String user, String path, String accept, String language) {
        HttpHeaders headers = new HttpHeaders();
        headers.set(HttpHeaders.ACCEPT, accept);
        if (language != null) {
            headers.set(HttpHeaders.ACCEPT_LANGUAGE, language);
        }
        return http.withBasicAuth(user, user.startsWith("sekcam") ? "sekcam-pw" : user + "-pw")
                .exchange(path, HttpMethod.GET, new HttpEntity<>(headers), String.class);
    }
}
