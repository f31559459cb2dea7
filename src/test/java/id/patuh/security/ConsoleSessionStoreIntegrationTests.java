package id.patuh.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * Console sessions live in the store (Spring Session, collection {@code sessions}), not in the
 * JVM: what any replica on the same store needs to serve a signed-in user. The cookie keeps its
 * name, the CSRF token and flash messages travel in the stored session, and a session removed
 * from the store is gone for the server too.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"patuh.security.enabled=true", "patuh.evaluation.sweep-on-start=false"})
class ConsoleSessionStoreIntegrationTests {

    private static final Pattern HIDDEN_CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");

    @LocalServerPort
    int port;

    @Autowired
    MongoTemplate mongo;

    @Test
    void aSignedInSessionIsADocumentInTheStoreWithTheConfiguredTimeout() throws Exception {
        Browser browser = signedIn("admin", "admin-pw");

        Document stored = mongo.getCollection("sessions").find(new Document("_id", browser.sessionId())).first();

        assertThat(stored).as("session %s in the store", browser.sessionId()).isNotNull();
        assertThat(stored.get("interval")).as("server.servlet.session.timeout").isEqualTo("PT30M");
        assertThat(browser.get("/console").statusCode()).isEqualTo(200);
    }

    @Test
    void aSessionRemovedFromTheStoreNoLongerSignsIn() throws Exception {
        Browser browser = signedIn("admin", "admin-pw");
        assertThat(browser.get("/console").statusCode()).isEqualTo(200);

        mongo.getCollection("sessions").deleteOne(new Document("_id", browser.sessionId()));

        HttpResponse<String> after = browser.get("/console");
        assertThat(after.statusCode()).isEqualTo(302);
        assertThat(after.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/login"));
    }

    @Test
    void theCsrfTokenAndAFlashMessageTravelInTheStoredSession() throws Exception {
        Browser browser = signedIn("inspektur", "inspektur-pw");
        String token = browser.csrf("/console/findings");

        // accepting a whole list without any filter is refused with a message shown after the redirect
        HttpResponse<String> refused = browser.post("/console/findings/rekomendasi", "rekomendasi=r"
                + "&penanggungJawab=p&batasWaktu=2030-01-01&_csrf=" + URLEncoder.encode(token, StandardCharsets.UTF_8));
        assertThat(refused.statusCode()).isEqualTo(302);
        HttpResponse<String> page = browser.get(URI.create(refused.headers().firstValue("Location").orElseThrow())
                .getRawPath());
        assertThat(page.body()).contains("data-testid=\"notice\"").contains("Pilih dulu saringan daftar");

        HttpResponse<String> forged = browser.post("/console/findings/rekomendasi", "rekomendasi=r&_csrf=forged");
        assertThat(forged.statusCode()).as("a token that is not the stored one").isEqualTo(403);
    }

    @Test
    void theSessionCookieKeepsItsNameAndAttributes() throws Exception {
        HttpResponse<String> form = new Browser().get("/login");

        String cookie = form.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID="))
                .findFirst().orElseThrow(() -> new AssertionError("no JSESSIONID cookie: " + form.headers()));
        assertThat(cookie).contains("HttpOnly").contains("SameSite=Lax").contains("Path=/");
    }

    private Browser signedIn(String user, String password) throws Exception {
        Browser browser = new Browser();
        String token = browser.csrf("/login");
        HttpResponse<String> signedIn = browser.post("/login", "username=" + user + "&password=" + password
                + "&_csrf=" + URLEncoder.encode(token, StandardCharsets.UTF_8));
        assertThat(signedIn.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/console"));
        return browser;
    }

    /** A browser without redirects: its cookie jar, the form's CSRF token, the session id behind the cookie. */
    private final class Browser {

        private final CookieManager cookies = new CookieManager();
        private final HttpClient client = HttpClient.newBuilder().cookieHandler(cookies).build();

        HttpResponse<String> get(String path) throws Exception {
            return client.send(HttpRequest.newBuilder(uri(path)).header("Accept", "text/html").GET().build(),
                    HttpResponse.BodyHandlers.ofString());
        }

        HttpResponse<String> post(String path, String form) throws Exception {
            return client.send(HttpRequest.newBuilder(uri(path)).header("Content-Type",
                    "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(form)).build(),
                    HttpResponse.BodyHandlers.ofString());
        }

        String csrf(String page) throws Exception {
            Matcher token = HIDDEN_CSRF.matcher(get(page).body());
            assertThat(token.find()).as("a CSRF field on %s", page).isTrue();
            return token.group(1);
        }

        /** Spring Session's cookie carries the id Base64-encoded. */
        String sessionId() {
            String value = cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("JSESSIONID"))
                    .map(HttpCookie::getValue).findFirst().orElseThrow();
            return new String(Base64.getDecoder().decode(value), StandardCharsets.UTF_8);
        }
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }
}
