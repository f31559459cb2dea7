package id.patuh.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.CookieManager;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * What every answer carries, including those Spring never sees: Tomcat's own error pages, the
 * console's session cookie, and health details kept to ADMIN.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"patuh.security.enabled=true", "patuh.evaluation.sweep-on-start=false"})
class ResponseHardeningIntegrationTests {

    private static final Pattern HIDDEN_CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");

    @LocalServerPort
    int port;

    @Test
    void tomcatsOwnErrorPagesCarryTheSecurityHeaders() throws Exception {
        for (String target : List.of("/%", "/%zz", "/console/%", "/a|b", "/a{b}", "/\u0001")) {
            String answer = raw("GET " + target + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");
            String head = answer.substring(0, answer.indexOf("\r\n\r\n")).toLowerCase(Locale.ROOT);
            assertThat(head).as(target).startsWith("http/1.1 400");
            assertThat(head).as(target).contains("x-content-type-options: nosniff")
                    .contains("x-frame-options: deny").contains("content-security-policy: default-src 'none'");
            assertThat(answer).as(target).doesNotContain("Apache Tomcat").doesNotContain("Exception");
        }
    }

    @Test
    void aMalformedRequestLineIsRefusedWithTheHeadersToo() throws Exception {
        String answer = raw("GET /sops HTTP/1.1 extra\r\nHost: localhost\r\nConnection: close\r\n\r\n");
        String head = answer.substring(0, answer.indexOf("\r\n\r\n")).toLowerCase(Locale.ROOT);
        assertThat(head).startsWith("http/1.1 400").contains("x-content-type-options: nosniff")
                .contains("x-frame-options: deny");
    }

    @Test
    void theConsoleSessionCookieIsSameSiteLaxBeforeAndAfterSignIn() throws Exception {
        HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        HttpResponse<String> form = browser.send(HttpRequest.newBuilder(uri("/login")).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(sessionCookie(form)).contains("SameSite=Lax").contains("HttpOnly");

        Matcher csrf = HIDDEN_CSRF.matcher(form.body());
        assertThat(csrf.find()).isTrue();
        HttpResponse<Void> signedIn = browser.send(HttpRequest.newBuilder(uri("/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=admin&password=admin-pw&_csrf="
                        + URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8))).build(),
                HttpResponse.BodyHandlers.discarding());
        assertThat(signedIn.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/console"));
        assertThat(sessionCookie(signedIn)).as("the new session of the signed-in user").contains("SameSite=Lax");
    }

    @Test
    void healthDetailsAreForAdminOnlyEveryOtherRoleSeesTheStatus() throws Exception {
        for (Role role : Role.values()) {
            String[] user = SecurityMatrixIntegrationTests.USERS.get(role);
            HttpResponse<String> health = HttpClient.newHttpClient().send(HttpRequest.newBuilder(uri("/actuator/health"))
                    .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                            (user[0] + ":" + user[1]).getBytes(StandardCharsets.UTF_8))).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(health.statusCode()).as(role.name()).isEqualTo(200);
            assertThat(health.body()).as(role.name()).contains("\"status\":\"UP\"");
            if (role == Role.ADMIN) {
                assertThat(health.body()).contains("\"components\"").contains("mongo");
            } else {
                assertThat(health.body()).as(role.name()).doesNotContain("components").doesNotContain("mongo")
                        .doesNotContain("details");
            }
        }
        String anonymous = HttpClient.newHttpClient().send(HttpRequest.newBuilder(uri("/actuator/health")).GET()
                .build(), HttpResponse.BodyHandlers.ofString()).body();
        assertThat(anonymous).contains("UP").doesNotContain("components");
    }

    private static String sessionCookie(HttpResponse<?> response) {
        return response.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID="))
                .findFirst().orElseThrow(() -> new AssertionError("no session cookie: " + response.headers()));
    }

    /** A request as bytes on a socket: a client library would refuse to send a malformed one. */
    private String raw(String request) throws Exception {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream answer = new ByteArrayOutputStream();
            in.transferTo(answer);
            return answer.toString(StandardCharsets.ISO_8859_1);
        }
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }
}
