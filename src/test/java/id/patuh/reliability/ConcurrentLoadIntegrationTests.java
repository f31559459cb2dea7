package id.patuh.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.fasterxml.jackson.databind.ObjectMapper;

import id.patuh.cases.StoredCases;
import id.patuh.catalog.CatalogService;

/**
 * Many clients at once over real HTTP on loopback: importers send batches of new activity rows
 * and now and then re-send a batch they already sent, readers query findings, the catalog, a
 * readiness report and health. Nothing may answer 5xx, every new row must be stored exactly
 * once and every re-sent row must come back as a duplicate.
 *
 * <p>{@code -Dpatuh.load.clients=16 -Dpatuh.load.seconds=15} set the load (those are the
 * defaults); the latency table is printed and written to {@code load-test.json} in the build
 * folder.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "patuh.evaluation.sweep-on-start=false")
class ConcurrentLoadIntegrationTests {

    static final int CLIENTS = Integer.getInteger("patuh.load.clients", 16);
    static final int SECONDS = Integer.getInteger("patuh.load.seconds", 15);

    @LocalServerPort
    int port;

    @Autowired
    CatalogService catalog;

    @Autowired

    StoredCases stored;

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void concurrentImportsAndQueriesLoseNothingDuplicateNothingAndNeverFail() throws Exception {
        String run = "load" + Long.toString(System.nanoTime() % 1_000_000, 36);
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build();
        LoadClient.Target target = new LoadClient.Target(http, URI.create("http://127.0.0.1:" + port), json);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(SECONDS);
        int importers = Math.max(1, CLIENTS / 2);

        List<LoadClient> clients = new ArrayList<>();
        for (int i = 0; i < CLIENTS; i++) {
            clients.add(i < importers
                    ? new LoadClient.Importer(target, new ActivityBatches(catalog.sops(), run, i), deadline)
                    : new LoadClient.Reader(target, i, deadline));
        }
        long started = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
        try {
            List<Future<?>> running = new ArrayList<>();
            clients.forEach(c -> running.add(pool.submit(c)));
            for (Future<?> f : running) {
                f.get(SECONDS + 60L, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
        double elapsed = (System.nanoTime() - started) / 1e9;

        LoadTally tally = LoadTally.of(clients);
        LoadReport report = new LoadReport(CLIENTS, importers, elapsed, tally);
        System.out.println(report.table());
        Path out = Path.of(System.getProperty("java.io.tmpdir")).getParent().resolve("load-test.json");
        Files.writeString(out, json.writerWithDefaultPrettyPrinter().writeValueAsString(report.asJson()));

        assertThat(tally.serverErrors()).as("5xx answers").isEmpty();
        assertThat(tally.otherFailures()).as("answers other than 200").isEmpty();
        assertThat(tally.distinctRowsSent()).as("rows sent").isPositive();
        assertThat(tally.resentRows()).as("rows re-sent").isPositive();
        assertThat(tally.acceptedOnFirstSend()).as("accepted of new batches").isEqualTo(tally.distinctRowsSent());
        assertThat(tally.acceptedOnResend()).as("accepted of re-sent batches").isZero();
        assertThat(tally.duplicatesOnResend()).as("duplicates of re-sent batches").isEqualTo(tally.resentRows());
        assertThat(tally.rejected()).as("rejected rows").isZero();
        assertThat(storedEventIds(run)).as("distinct stored events of this run")
                .hasSize(Math.toIntExact(tally.distinctRowsSent()))
                .isEqualTo(tally.sentIds());
    }

    /** The event ids of this run in the store; a stored twice id would fail the set's size check. */
    private Set<String> storedEventIds(String run) {
        List<String> ids = new ArrayList<>();
        stored.forEachCase(data -> data.events().stream().map(e -> e.eventId()).filter(id -> id.startsWith(run))
                .forEach(ids::add));
        Set<String> distinct = new HashSet<>(ids);
        assertThat(distinct).as("events stored more than once").hasSameSizeAs(ids);
        return distinct;
    }
}
