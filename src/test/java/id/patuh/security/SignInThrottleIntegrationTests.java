package id.patuh.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The sign-in throttle through HTTP, against the ways a probe walked around it: a malformed
 * {@code Authorization} scheme, names padded with spaces or a tab on the form, and the API and
 * the console counting apart. Five failures lock a name (the default).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"patuh.security.enabled=true", "patuh.evaluation.sweep-on-start=false"})
class SignInThrottleIntegrationTests {

    private static final Pattern HIDDEN_CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");
    private static final List<String> USERS = List.of("inspektur", "sekcam-kemlagi", "operator-kemlagi", "evaluator");

    @LocalServerPort
    int port;

    @Autowired
    LoginThrottle throttle;

    @AfterEach
    void unlock() {
        USERS.forEach(throttle::succeeded); // each test starts from no failures
    }

    @Test
    void aMalformedBasicSchemeIsRefusedEvenWithTheRightPassword() throws Exception {
        String token = base64("evaluator:evaluator-pw");
        assertThat(api("Basic " + token)).as("the well-formed header, for contrast").isEqualTo(200);
        for (String header : List.of("BasicX" + token, "Basic" + token, "Basic  " + token, "Basic\t" + token,
                "Basic", "Basic ", "Bearer " + token, "Digest username=\"evaluator\"", "evaluator:evaluator-pw",
                "Basic " + token + "!")) {
            assertThat(api(header)).as(header).isEqualTo(401);
        }
    }

    @Test
    void aMalformedBasicSchemeCountsAsAFailedSignIn() throws Exception {
        for (int i = 0; i < 4; i++) {
            assertThat(api("BasicX" + base64("sekcam-kemlagi:salah"))).isEqualTo(401);
        }
        assertThat(api("Basic" + base64("sekcam-kemlagi:sekcam-pw"))).isEqualTo(401);
        assertThat(api(basic("sekcam-kemlagi", "sekcam-pw"))).isEqualTo(429);
        String audit = send(HttpRequest.newBuilder(uri("/api/admin/audit?action=login.failed"))
                .header("Authorization", basic("admin", "admin-pw")).GET().build()).body();
        assertThat(audit).as("counted failures are audited as failed sign-ins").contains("\"actor\":\"sekcam-kemlagi\"");
    }

    @Test
    void namesPaddedWithSpacesOrATabOnTheFormCountAsTheUserAndCannotSignInWhileLocked() throws Exception {
        for (String padded : List.of(" inspektur", "inspektur ", "\tinspektur", "inspektur\t", "  inspektur\t ")) {
            assertThat(form(padded, "salah")).as("[" + padded + "]").endsWith("/login?gagal");
        }
        assertThat(form(" inspektur", "inspektur-pw")).endsWith("/login?terkunci");
        assertThat(form("\tinspektur", "inspektur-pw")).endsWith("/login?terkunci");
        assertThat(form("inspektur", "inspektur-pw")).endsWith("/login?terkunci");
        assertThat(api(basic(" inspektur", "inspektur-pw"))).isEqualTo(429);
    }

    @Test
    void theApiAndTheConsoleShareOneCount() throws Exception {
        for (int i = 0; i < 3; i++) {
            assertThat(api(basic("operator-kemlagi", "salah"))).isEqualTo(401);
        }
        assertThat(form("operator-kemlagi", "salah")).endsWith("/login?gagal");
        assertThat(form("operator-kemlagi", "salah")).endsWith("/login?gagal");

        assertThat(form("operator-kemlagi", "operator-pw")).endsWith("/login?terkunci");
        HttpResponse<String> locked = send(HttpRequest.newBuilder(uri("/api/imports"))
                .header("Authorization", basic("operator-kemlagi", "operator-pw")).GET().build());
        assertThat(locked.statusCode()).isEqualTo(429);
        assertThat(Long.parseLong(locked.headers().firstValue("Retry-After").orElseThrow())).isBetween(1L, 300L);
        assertThat(locked.body()).contains("Terlalu banyak percobaan masuk");
    }

    @Test
    void fewerFailuresThanTheLimitLeaveTheUserFreeAndAPaddedNameIsTheSameUser() throws Exception {
        for (int i = 0; i < 2; i++) {
            assertThat(api(basic("evaluator", "salah"))).isEqualTo(401);
            assertThat(form(" evaluator", "salah")).endsWith("/login?gagal");
        }
        assertThat(form("evaluator\t", "evaluator-pw")).endsWith("/console");
        assertThat(api(basic(" evaluator ", "evaluator-pw"))).isEqualTo(200);
    }

    @Test
    void theLockAndTheRefusalAnswerInTheRequestsLanguage() throws Exception {
        HttpResponse<String> refused = send(HttpRequest.newBuilder(uri("/api/sops"))
                .header("Authorization", basic("evaluator", "salah")).GET().build());
        assertThat(refused.statusCode()).isEqualTo(401);
        assertThat(refused.headers().firstValue("WWW-Authenticate")).hasValue("Basic realm=\"Realm\"");
        assertThat(refused.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
        assertThat(refused.body()).contains("\"title\":\"Perlu masuk\"", "\"status\":401").doesNotContain("Sign-in");
        HttpResponse<String> refusedEn = send(HttpRequest.newBuilder(uri("/api/sops")).header("Accept-Language", "en-GB")
                .GET().build());
        assertThat(refusedEn.statusCode()).as("no credentials at all").isEqualTo(401);
        assertThat(refusedEn.body()).contains("\"title\":\"Sign-in required\"").doesNotContain("Perlu masuk");

        for (int i = 0; i < 4; i++) {
            assertThat(api(basic("evaluator", "salah"))).isEqualTo(401);
        }
        HttpResponse<String> locked = send(HttpRequest.newBuilder(uri("/api/sops"))
                .header("Authorization", basic("evaluator", "evaluator-pw")).GET().build());
        HttpResponse<String> lockedEn = send(HttpRequest.newBuilder(uri("/api/sops"))
                .header("Authorization", basic("evaluator", "evaluator-pw"))
                .header("Accept-Language", "en-US,en;q=0.9").GET().build());
        for (HttpResponse<String> answer : List.of(locked, lockedEn)) {
            assertThat(answer.statusCode()).isEqualTo(429);
            String seconds = answer.headers().firstValue("Retry-After").orElseThrow();
            assertThat(Long.parseLong(seconds)).isBetween(1L, 300L);
            assertThat(answer.body()).contains("\"status\":429", "\"retry_after_seconds\":" + seconds);
        }
        assertThat(locked.body()).contains("\"title\":\"Terlalu banyak percobaan masuk\"", "Coba lagi setelah")
                .doesNotContain("Too many");
        assertThat(lockedEn.body()).contains("\"title\":\"Too many sign-in attempts\"", "Try again after")
                .doesNotContain("Terlalu");
    }

    /** A fresh browser's form sign-in; where the server sends it next. */
    private String form(String username, String password) throws Exception {
        HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        String page = browser.send(HttpRequest.newBuilder(uri("/login")).GET().build(),
                HttpResponse.BodyHandlers.ofString()).body();
        Matcher csrf = HIDDEN_CSRF.matcher(page);
        assertThat(csrf.find()).isTrue();
        String body = "username=" + enc(username) + "&password=" + enc(password) + "&_csrf=" + enc(csrf.group(1));
        HttpResponse<Void> response = browser.send(HttpRequest.newBuilder(uri("/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.discarding());
        assertThat(response.statusCode()).isEqualTo(302);
        return response.headers().firstValue("Location").orElseThrow();
    }

    private int api(String authorization) throws Exception {
        return send(HttpRequest.newBuilder(uri("/api/sops")).header("Authorization", authorization).GET().build())
                .statusCode();
    }

    private HttpResponse<String> send(HttpRequest request) throws Exception {
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
    }

    private static String basic(String username, String password) {
        return "Basic " + base64(username + ":" + password);
    }

    private static String base64(String text) {
        return Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }
}
