package id.patuh.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two patuh processes on one data folder behave as one service: the second shares the first's
 * embedded store (the first holds the file), an import through one is read through the other, a
 * console session signed in on one serves on the other, the sweep runs once per interval across
 * both (a lease in the store), and when the first goes away the second reports its store DOWN
 * instead of crashing.
 */
class TwoReplicasIntegrationTests {

    private static final Duration SWEEP_INTERVAL = Duration.ofSeconds(2);
    /** Long enough for several intervals with both replicas running. */
    private static final Duration SWEEP_WINDOW = Duration.ofSeconds(10);
    private static final Duration START_LIMIT = Duration.ofSeconds(90);
    private static final Pattern SWEEP_DONE = Pattern.compile("^(\\S+) .*sweep done: .* SOP, (\\d+) ms");
    private static final Pattern HIDDEN_CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");
    private static final String CSV = "event_id,sop_code,case_id,unit,step_no,actor_role,started_at,finished_at,"
            + "kelengkapan,output\n"
            + "ev-r1,sidoarjo-perencanaan-pengumpulan-data-kinerja,rep-1,setda-sidoarjo-perencanaan,1,Sekda,"
            + "2024-04-02T08:00:00+07:00,2024-04-02T10:00:00+07:00,Surat Pemberitahuan,Disposisi Surat\n";

    @TempDir
    Path dir;

    private final HttpClient api = HttpClient.newHttpClient();

    @Test
    void twoProcessesOnOneStoreBehaveAsOneService() throws Exception {
        try (PatuhProcess first = PatuhProcess.start("first", dir, properties());
                PatuhProcess second = first.awaitReady(START_LIMIT).andThen("second", dir, properties())) {
            second.awaitReady(START_LIMIT);
            Instant bothRunning = Instant.now();
            assertThat(first.log()).anyMatch(l -> l.contains("embedded store listening"))
                    .anyMatch(l -> l.contains("Indeks sekunder dilewati") && l.contains("secondary indexes skipped"));
            assertThat(second.log()).as("%s", second).anyMatch(l -> l.contains("sharing its embedded store"))
                    .noneMatch(l -> l.contains("embedded store listening"));

            HttpResponse<String> imported = api.send(admin(first.url("/api/activities"))
                    .header("Content-Type", "text/csv").POST(HttpRequest.BodyPublishers.ofString(CSV)).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(imported.statusCode()).as(imported.body()).isEqualTo(200);
            HttpResponse<String> findings = api.send(admin(second.url("/api/findings?case=rep-1")).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(findings.statusCode()).isEqualTo(200);
            assertThat(findings.body()).as("read through the second").contains("DURATION_EXCEEDED")
                    .contains("\"total\":1");

            HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
            signIn(browser, first);
            HttpResponse<String> page = browser.send(HttpRequest.newBuilder(URI.create(second.url(
                    "/console/findings?case=rep-1"))).header("Accept", "text/html").GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(page.statusCode()).as("the first's session cookie on the second").isEqualTo(200);
            assertThat(page.body()).contains("rep-1").contains("admin");

            Thread.sleep(Math.max(0, SWEEP_WINDOW.toMillis() - Duration.between(bothRunning, Instant.now()).toMillis()));
            assertTheSweepRanOncePerInterval(first, second, bothRunning, Instant.now());

            first.stop();
            HttpResponse<String> health = api.send(HttpRequest.newBuilder(URI.create(second.url("/actuator/health")))
                    .GET().build(), HttpResponse.BodyHandlers.ofString());
            assertThat(health.statusCode()).as(health.body()).isEqualTo(503);
            assertThat(health.body()).contains("DOWN");
            assertThat(second.isAlive()).as("the second keeps running without its store").isTrue();
        }
        assertThat(dir.resolve("data").resolve("store-access.uri")).as("the owner took its secret away")
                .doesNotExist();
    }

    private List<String> properties() {
        return List.of("patuh.store.backend=file", "patuh.store.file=" + dir.resolve("data").resolve("patuh.mv.db"),
                "patuh.store.server-selection-timeout=2s", "patuh.security.enabled=true",
                "patuh.evaluation.sweep-interval=" + SWEEP_INTERVAL, "patuh.evaluation.sweep-on-start=true");
    }

    /**
     * Sweeps that started (end minus duration) while both ran: about one per interval, never two
     * within nine tenths of one (the lease's minimum); each replica without the lease would sweep
     * every interval itself, twice as many.
     */
    private static void assertTheSweepRanOncePerInterval(PatuhProcess first, PatuhProcess second, Instant from,
            Instant to) {
        List<Instant> starts = new ArrayList<>();
        for (PatuhProcess replica : List.of(first, second)) {
            for (String line : replica.log()) {
                Matcher done = SWEEP_DONE.matcher(line);
                if (done.find()) {
                    Instant started = OffsetDateTime.parse(done.group(1)).toInstant()
                            .minusMillis(Long.parseLong(done.group(2)));
                    if (!started.isBefore(from) && started.isBefore(to)) {
                        starts.add(started);
                    }
                }
            }
        }
        starts.sort(Comparator.naturalOrder());
        long skipped = List.of(first, second).stream().flatMap(r -> r.log().stream())
                .filter(l -> l.contains("sweep skipped")).count();
        System.out.printf("two replicas: %d sweeps from %s to %s (interval %s), %d turns skipped: %s%n",
                starts.size(), from, to, SWEEP_INTERVAL, skipped, starts);
        long intervals = Duration.between(from, to).toMillis() / SWEEP_INTERVAL.toMillis();
        assertThat(starts).as("sweeps from %s to %s", from, to).hasSizeBetween((int) intervals - 2,
                (int) (intervals * 10 / 9) + 1);
        for (int i = 1; i < starts.size(); i++) {
            assertThat(Duration.between(starts.get(i - 1), starts.get(i)))
                    .as("sweeps %s", starts).isGreaterThanOrEqualTo(SWEEP_INTERVAL.multipliedBy(8).dividedBy(10));
        }
        assertThat(skipped).as("a replica found the lease taken").isPositive();
    }

    private static void signIn(HttpClient browser, PatuhProcess replica) throws Exception {
        String form = browser.send(HttpRequest.newBuilder(URI.create(replica.url("/login"))).GET().build(),
                HttpResponse.BodyHandlers.ofString()).body();
        Matcher csrf = HIDDEN_CSRF.matcher(form);
        assertThat(csrf.find()).isTrue();
        HttpResponse<Void> signedIn = browser.send(HttpRequest.newBuilder(URI.create(replica.url("/login")))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=admin&password=admin-pw&_csrf="
                        + URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8))).build(),
                HttpResponse.BodyHandlers.discarding());
        assertThat(signedIn.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/console"));
    }

    private static HttpRequest.Builder admin(String url) {
        return HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Basic "
                + Base64.getEncoder().encodeToString("admin:admin-pw".getBytes(StandardCharsets.UTF_8)));
    }
}
