package id.patuh.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.web.filter.OncePerRequestFilter;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.mongodb.MongoTimeoutException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The store is gone: every kind of endpoint that needs it answers 503 with {@code Retry-After},
 * never a 500 — the API as a problem detail, a console or report page opened in a browser as the
 * console's error page. What needs no store (the catalog) keeps answering. The store is a wire
 * server owned by the test and stopped before the calls, so the driver's own server-selection
 * timeout is what each call meets, as with a real MongoDB that went away.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "patuh.evaluation.sweep-on-start=false",
        "patuh.store.server-selection-timeout=500ms",
        "patuh.store.connect-timeout=500ms",
        "patuh.store.retry-after=7s"})
@DirtiesContext
class StoreOutageEveryEndpointIntegrationTests {

    private static final String HTML = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";
    private static final String JSON = "application/json";
    private static final String UNIT = "kec-kemlagi";
    private static final String FAIL_IN_FILTER = "X-Test-Fail-In-Filter";
    private static final String SOP = "kemlagi-pengumpulan-data-kinerja";

    /** One valid row (the example file's first): the import must reach the store to refuse it. */
    private static final String ACTIVITIES = "event_id,sop_code,case_id,unit,step_no,actor_role,actor_id,started_at,"
            + "finished_at,kelengkapan,output,decision\n"
            + "sda-2024-tw1-1,sidoarjo-perencanaan-pengumpulan-data-kinerja,sda-2024-TW1,setda-sidoarjo-perencanaan,1,"
            + "Sekretaris Daerah,196501011990031001,2024-04-02T08:00:00+07:00,2024-04-02T08:40:00+07:00,"
            + "Surat Pemberitahuan,Disposisi Surat,\n";

    static final RestartableStore store = new RestartableStore();

    @DynamicPropertySource
    static void theStore(DynamicPropertyRegistry registry) {
        registry.add("spring.data.mongodb.uri", store::uri);
    }

    /** Fails a request in a servlet filter, outside Spring MVC, as a filter reading the store would. */
    @TestConfiguration
    static class OutageInAFilter {
        @Bean
        FilterRegistrationBean<OncePerRequestFilter> failingFilter() {
            return new FilterRegistrationBean<>(new OncePerRequestFilter() {
                @Override
                protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response,
                        FilterChain chain) throws ServletException, IOException {
                    if (request.getHeader(FAIL_IN_FILTER) != null) {
                        throw new DataAccessResourceFailureException("store away",
                                new MongoTimeoutException("Timed out while waiting for a server"));
                    }
                    chain.doFilter(request, response);
                }
            });
        }
    }

    @Autowired
    TestRestTemplate http;

    private final ObjectMapper json = new ObjectMapper();

    @AfterAll
    static void closeStore() {
        store.close();
    }

    /** One endpoint of each kind: method, path, Accept, and whether a browser page is expected. */
    static Stream<Arguments> endpointsThatNeedTheStore() {
        return Stream.of(
                Arguments.of("ingest", HttpMethod.POST, "/api/activities", JSON, false),
                Arguments.of("imports", HttpMethod.GET, "/api/imports", JSON, false),
                Arguments.of("findings list", HttpMethod.GET, "/api/findings", JSON, false),
                Arguments.of("one finding", HttpMethod.GET, "/api/findings/f-1", JSON, false),
                Arguments.of("finding step", HttpMethod.POST, "/api/findings/f-1/buka", JSON, false),
                Arguments.of("findings export", HttpMethod.GET, "/api/findings/export?format=csv", "text/csv", false),
                Arguments.of("report JSON", HttpMethod.GET, "/api/reports/readiness?unit=" + UNIT + "&period=2024",
                        JSON, false),
                Arguments.of("report PDF", HttpMethod.GET,
                        "/api/reports/readiness?unit=" + UNIT + "&period=2024&format=pdf", "application/pdf", false),
                Arguments.of("report XLSX", HttpMethod.GET,
                        "/api/reports/monitoring?unit=" + UNIT + "&half=2024-S1&format=xlsx", "*/*", false),
                Arguments.of("report page", HttpMethod.GET, "/reports/readiness?unit=" + UNIT + "&period=2024", HTML,
                        true),
                Arguments.of("evidence list", HttpMethod.GET, "/api/evidence?tenant=" + UNIT
                        + "&target=finding&target_id=f-1", JSON, false),
                Arguments.of("evidence upload", HttpMethod.POST, "/api/evidence", JSON, false),
                Arguments.of("console findings", HttpMethod.GET, "/console/findings", HTML, true),
                Arguments.of("console SOP sheet", HttpMethod.GET, "/console/sops/" + SOP, HTML, true),
                Arguments.of("console imports", HttpMethod.GET, "/console/import", HTML, true),
                Arguments.of("console export", HttpMethod.GET, "/console/findings/export", HTML, true));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("endpointsThatNeedTheStore")
    void answers503WithRetryAfterNever500(String kind, HttpMethod method, String path, String accept, boolean page)
            throws Exception {
        store.stop();
        ResponseEntity<String> answer = http.exchange(path, method, request(path, accept), String.class);

        assertThat(answer.getStatusCode().value()).as("%s %s: %s", method, path, answer.getBody()).isEqualTo(503);
        assertThat(answer.getHeaders().getFirst(HttpHeaders.RETRY_AFTER)).isEqualTo("7");
        MediaType type = answer.getHeaders().getContentType();
        if (page) {
            assertThat(type).isNotNull();
            assertThat(type.isCompatibleWith(MediaType.TEXT_HTML)).as("a page for the browser, not JSON").isTrue();
            assertThat(answer.getBody()).contains("data-testid=\"error-page\"").contains("class=\"topbar\"")
                    .contains("Penyimpanan data sedang tidak dapat dihubungi");
        } else {
            assertThat(type).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
            JsonNode problem = json.readTree(answer.getBody());
            assertThat(problem.get("status").asInt()).isEqualTo(503);
            assertThat(problem.get("retry_after_seconds").asInt()).isEqualTo(7);
            // no Accept-Language: Bahasa Indonesia only, the interrupted import's answer included
            assertThat(problem.get("detail").asText()).startsWith("Penyimpanan").doesNotContain("store");
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"/api/findings, false", "/console/findings, true"})
    void theOutageIsSaidInTheLanguageAsked(String path, boolean page) throws Exception {
        store.stop();
        HttpHeaders headers = new HttpHeaders();
        headers.set(HttpHeaders.ACCEPT, page ? HTML : JSON);
        headers.set(HttpHeaders.ACCEPT_LANGUAGE, "en-GB,en;q=0.8,id;q=0.5");
        HttpEntity<Void> asked = new HttpEntity<>(headers);
        ResponseEntity<String> answer = http.exchange(path, HttpMethod.GET, asked, String.class);

        assertThat(answer.getStatusCode().value()).isEqualTo(503);
        if (page) {
            assertThat(answer.getBody()).contains("The data store is unreachable; try again after 7 s");
        } else {
            JsonNode problem = json.readTree(answer.getBody());
            assertThat(problem.get("title").asText()).isEqualTo("Store unavailable");
            assertThat(problem.get("detail").asText()).isEqualTo("The data store is unreachable; try again after 7 s");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("endpointsThatNeedNoStore")
    void whatNeedsNoStoreKeepsAnswering(String path) {
        store.stop();
        ResponseEntity<String> answer = http.exchange(path, HttpMethod.GET, request(path, JSON), String.class);

        assertThat(answer.getStatusCode().value()).as(answer.getBody()).isEqualTo(200);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"/api/findings, false", "/console/findings, true"})
    void anOutageOutsideSpringMvcIs503Too(String path, boolean page) {
        store.stop();
        HttpHeaders headers = new HttpHeaders();
        headers.set(HttpHeaders.ACCEPT, page ? HTML : JSON);
        headers.set(FAIL_IN_FILTER, "1");
        ResponseEntity<String> answer = http.exchange(path, HttpMethod.GET, new HttpEntity<>(headers), String.class);

        assertThat(answer.getStatusCode().value()).as(answer.getBody()).isEqualTo(503);
        assertThat(answer.getHeaders().getFirst(HttpHeaders.RETRY_AFTER)).isEqualTo("7");
        if (page) {
            assertThat(answer.getBody()).contains("data-testid=\"error-page\"")
                    .contains("Penyimpanan data sedang tidak dapat dihubungi");
        } else {
            assertThat(answer.getBody()).contains("\"status\":503");
        }
    }

    static Stream<String> endpointsThatNeedNoStore() {
        return Stream.of("/api/sops", "/api/sops/" + SOP);
    }

    private static HttpEntity<?> request(String path, String accept) {
        HttpHeaders headers = new HttpHeaders();
        headers.set(HttpHeaders.ACCEPT, accept);
        if (path.equals("/api/activities")) {
            headers.setContentType(MediaType.parseMediaType("text/csv"));
            return new HttpEntity<>(ACTIVITIES, headers);
        }
        if (path.equals("/api/evidence")) {
            headers.setContentType(MediaType.MULTIPART_FORM_DATA);
            LinkedMultiValueMap<String, Object> form = new LinkedMultiValueMap<>();
            form.add("file", new ByteArrayResource("%PDF-1.4\n%%EOF\n".getBytes()) {
                @Override
                public String getFilename() {
                    return "bukti.pdf";
                }
            });
            form.add("target", "finding");
            form.add("target_id", "f-1");
            form.add("unit", UNIT);
            return new HttpEntity<>(form, headers);
        }
        if (path.endsWith("/buka")) {
            headers.setContentType(MediaType.APPLICATION_JSON);
            return new HttpEntity<>("{\"actor\":\"inspektur\",\"note\":\"dibuka lagi\"}", headers);
        }
        return new HttpEntity<>(headers);
    }
}
