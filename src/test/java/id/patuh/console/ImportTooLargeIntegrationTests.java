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

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * An upload over the multipart limit, on a real server (MockMvc knows no limits): the operator
 * lands on the upload page again and is told the limit, instead of a refusal for a missing CSRF
 * token (the server never reads the form's fields of an oversized body). The limit is lowered
 * here so that the test sends kilobytes, not 50 MB.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"patuh.security.enabled=true", "patuh.evaluation.sweep-on-start=false",
            "spring.servlet.multipart.max-file-size=4KB", "spring.servlet.multipart.max-request-size=5KB"})
class ImportTooLargeIntegrationTests {

    private static final Pattern TOKEN = Pattern.compile("name=\"_csrf\" content=\"([^\"]+)\"");

    @LocalServerPort
    int port;

    @Test
    void anOversizedUploadReturnsToTheFormWithTheLimit() throws Exception {
        HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        String basic = "Basic " + Base64.getEncoder().encodeToString("operator-kemlagi:operator-pw"
                .getBytes(StandardCharsets.UTF_8));
        String page = client.send(HttpRequest.newBuilder(uri("/console/import")).header("Authorization", basic)
                .GET().build(), HttpResponse.BodyHandlers.ofString()).body();
        Matcher token = TOKEN.matcher(page);
        assertThat(token.find()).isTrue();
        String action = Pattern.compile("action=\"([^\"]*/console/import[^\"]*)\"").matcher(page).results()
                .map(m -> m.group(1).replace("&amp;", "&")).findFirst().orElseThrow();
        assertThat(action).contains("_csrf=");

        String boundary = "----patuh-uji";
        String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"kind\"\r\n\r\nkegiatan\r\n"
                + "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"besar.csv\"\r\n"
                + "Content-Type: text/csv\r\n\r\n" + "x".repeat(20_000) + "\r\n--" + boundary + "--\r\n";
        HttpResponse<String> response = client.send(HttpRequest.newBuilder(uri(action))
                .header("Authorization", basic).header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).as(response.body()).isEqualTo(302);
        String location = response.headers().firstValue("Location").orElseThrow();
        assertThat(location).endsWith("/console/import?terlalu-besar");
        String told = client.send(HttpRequest.newBuilder(URI.create(location.startsWith("http") ? location
                : "http://127.0.0.1:" + port + location)).header("Authorization", basic).GET().build(),
                HttpResponse.BodyHandlers.ofString()).body();
        assertThat(told).contains("data-testid=\"import-problem\"").contains("melebihi batas");
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }
}
