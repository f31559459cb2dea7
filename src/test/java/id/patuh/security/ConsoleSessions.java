package id.patuh.security;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Signed-in browser sessions for console form posts: signs in through the form (session cookie,
 * CSRF token from the sign-in page), then reads the page's CSRF token as htmx does.
 */
final class ConsoleSessions {

    private static final Pattern HIDDEN_CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");
    private static final Pattern META_CSRF = Pattern.compile("name=\"_csrf\" content=\"([^\"]+)\"");

    private final String base;
    private final Map<String, Session> sessions = new HashMap<>();

    ConsoleSessions(int port) {
        this.base = "http://127.0.0.1:" + port;
    }

    Session session(String username, String password) {
        return sessions.computeIfAbsent(username, u -> signIn(u, password));
    }

    /** A request without any session; redirects are not followed. */
    int anonymous(String method, String path) {
        try {
            return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(base + path))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .method(method, method.equals("GET") ? HttpRequest.BodyPublishers.noBody()
                            : HttpRequest.BodyPublishers.ofString("note=uji"))
                    .build(), HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private Session signIn(String username, String password) {
        HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        try {
            String form = get(client, "/login");
            String body = "username=" + enc(username) + "&password=" + enc(password) + "&_csrf="
                    + enc(match(HIDDEN_CSRF, form));
            client.send(HttpRequest.newBuilder(URI.create(base + "/login"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.discarding());
            // the token changes at sign-in; a signed-in page carries the new one
            return new Session(client, match(META_CSRF, get(client, "/console")));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private String get(HttpClient client, String path) throws IOException, InterruptedException {
        return client.send(HttpRequest.newBuilder(URI.create(base + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString()).body();
    }

    private static String match(Pattern pattern, String html) {
        Matcher m = pattern.matcher(html);
        if (!m.find()) {
            throw new IllegalStateException("no CSRF token in the page: " + html.substring(0, Math.min(300, html.length())));
        }
        return m.group(1);
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    final class Session {
        private final HttpClient client;
        private final String csrf;

        Session(HttpClient client, String csrf) {
            this.client = client;
            this.csrf = csrf;
        }

        /** A form post with the session and its CSRF token; the status the server answered. */
        int post(String path) {
            try {
                return client.send(HttpRequest.newBuilder(URI.create(base + path))
                        .header("Content-Type", "application/x-www-form-urlencoded").header("X-CSRF-TOKEN", csrf)
                        .POST(HttpRequest.BodyPublishers.ofString("note=uji&catatan=uji")).build(),
                        HttpResponse.BodyHandlers.discarding()).statusCode();
            } catch (IOException e) {
                throw new IllegalStateException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }
}
