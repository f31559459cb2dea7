package id.patuh.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The upload form on a real server (MockMvc knows no multipart limits): its CSRF token rides in
 * the body, never in the address, and an upload over the limit still lands on the upload page
 * told the limit instead of a refusal for a token the server never read. The limits are lowered
 * here so that the tests send kilobytes, not 50 MB.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"patuh.security.enabled=true", "patuh.evaluation.sweep-on-start=false",
            "spring.servlet.multipart.max-file-size=4KB", "spring.servlet.multipart.max-request-size=5KB"})
class ImportTooLargeIntegrationTests {

    private static final Pattern META_TOKEN = Pattern.compile("name=\"_csrf\" content=\"([^\"]+)\"");
    private static final Pattern HIDDEN_TOKEN = Pattern.compile("<input[^>]*name=\"_csrf\"[^>]*value=\"([^\"]+)\"");
    private static final String BOUNDARY = "----patuh-uji";
    private static final String SMALL = ImportPageIntegrationTests.HEADER + "\n" + "csrf-1,"
            + ImportPageIntegrationTests.KEMLAGI + ",csrf-case-1,kec-kemlagi,1,Camat,,2024-04-01T08:00:00+07:00,"
            + "2024-04-01T08:02:00+07:00,Nota Dinas,Dokumen,\n";

    @LocalServerPort
    int port;

    private final HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
    private final String basic = "Basic " + Base64.getEncoder().encodeToString("operator-kemlagi:operator-pw"
            .getBytes(StandardCharsets.UTF_8));
    private String page;

    @BeforeEach
    void openTheForm() throws Exception {
        page = client.send(HttpRequest.newBuilder(uri("/console/import")).header("Authorization", basic)
                .GET().build(), HttpResponse.BodyHandlers.ofString()).body();
    }

    @Test
    void theFormCarriesItsTokenInAHiddenFieldNotInTheAddress() {
        Matcher action = Pattern.compile("<form[^>]*data-testid=\"import-form\"[^>]*>").matcher(page);
        assertThat(action.find()).isTrue();
        assertThat(action.group()).contains("action=\"/console/import\"").doesNotContain("_csrf");
        assertThat(page).doesNotContainPattern("[?&]_csrf=");
        assertThat(token(HIDDEN_TOKEN)).isNotBlank();
    }

    @Test
    void anUploadWithTheTokenInTheBodyOrInTheHeaderIsStoredAndOneWithoutIsRefused() throws Exception {
        // the page answers an upload with a redirect to its result (Post/Redirect/Get, issue 16)
        assertThat(resultAfter(upload(field("_csrf", token(HIDDEN_TOKEN)) + file(SMALL), null)))
                .contains("data-testid=\"import-result\"");
        assertThat(resultAfter(upload(file(SMALL), token(META_TOKEN)))).contains("data-testid=\"import-result\"");

        assertThat(upload(file(SMALL), null).statusCode()).isEqualTo(403);
        assertThat(upload(field("_csrf", "falsch") + file(SMALL), null).statusCode()).isEqualTo(403);
    }

    @Test
    void anOversizedUploadReturnsToTheFormWithTheLimit() throws Exception {
        assertToldTheLimit(upload(field("_csrf", token(HIDDEN_TOKEN)) + file("x".repeat(20_000)), null));
    }

    @Test
    void aFileOverItsLimitInARequestUnderTheRequestLimitIsToldTheLimitToo() throws Exception {
        String body = field("_csrf", token(HIDDEN_TOKEN)) + file("x".repeat(4_400));
        assertThat(body.length()).isBetween(4 * 1024, 5 * 1024);
        assertToldTheLimit(upload(body, null));
    }

    private String resultAfter(HttpResponse<String> upload) throws Exception {
        assertThat(upload.statusCode()).as(upload.body()).isEqualTo(302);
        String location = upload.headers().firstValue("Location").orElseThrow();
        assertThat(location).contains("/console/import?hasil=");
        return client.send(HttpRequest.newBuilder(URI.create(location.startsWith("http") ? location
                : "http://127.0.0.1:" + port + location)).header("Authorization", basic).GET().build(),
                HttpResponse.BodyHandlers.ofString()).body();
    }

    private void assertToldTheLimit(HttpResponse<String> response) throws Exception {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(302);
        String location = response.headers().firstValue("Location").orElseThrow();
        assertThat(location).endsWith("/console/import?terlalu-besar");
        String told = client.send(HttpRequest.newBuilder(URI.create(location.startsWith("http") ? location
                : "http://127.0.0.1:" + port + location)).header("Authorization", basic).GET().build(),
                HttpResponse.BodyHandlers.ofString()).body();
        assertThat(told).contains("data-testid=\"import-problem\"").contains("melebihi batas");
    }

    private HttpResponse<String> upload(String parts, String headerToken) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri("/console/import")).header("Authorization", basic)
                .header("Content-Type", "multipart/form-data; boundary=" + BOUNDARY)
                .POST(HttpRequest.BodyPublishers.ofString(parts + "--" + BOUNDARY + "--\r\n"));
        if (headerToken != null) {
            request.header("X-CSRF-TOKEN", headerToken);
        }
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String field(String name, String value) {
        return "--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n" + value + "\r\n";
    }

    private static String file(String content) {
        return field("kind", "kegiatan") + "--" + BOUNDARY
                + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"kegiatan.csv\"\r\n"
                + "Content-Type: text/csv\r\n\r\n" + content + "\r\n";
    }

    private String token(Pattern pattern) {
        Matcher token = pattern.matcher(page);
        assertThat(token.find()).as("a CSRF token in the page").isTrue();
        return token.group(1);
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }
}
