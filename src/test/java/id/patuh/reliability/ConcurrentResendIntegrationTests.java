package id.patuh.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import id.patuh.cases.ActivityEvent;
import id.patuh.cases.StoredCases;
import id.patuh.catalog.CatalogService;

/**
 * A client that retries while its first request is still running sends the same rows twice at
 * once: the rows must be counted as accepted once in all, and two different versions of one
 * event id must end in one stored version and one conflict, the stored version being the one
 * reported accepted.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "patuh.evaluation.sweep-on-start=false")
class ConcurrentResendIntegrationTests {

    static final int ROUNDS = 6;

    @LocalServerPort
    int port;

    @Autowired
    CatalogService catalog;

    @Autowired

    StoredCases stored;

    private final ObjectMapper json = new ObjectMapper();
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    @Test
    void theSameBatchSentThreeTimesAtOnceIsAcceptedOnce() throws Exception {
        ActivityBatches batches = new ActivityBatches(catalog.sops(), "same", 0);
        long rows = 0;
        long accepted = 0;
        long duplicates = 0;
        for (int round = 0; round < ROUNDS; round++) {
            ActivityBatches.Batch batch = batches.next();
            rows += batch.ids().size();
            for (JsonNode report : postAtOnce(batch.csv(), batch.csv(), batch.csv())) {
                accepted += report.get("accepted").asLong();
                duplicates += report.get("duplicates").asLong();
            }
        }
        assertThat(accepted).as("accepted").isEqualTo(rows);
        assertThat(duplicates).as("duplicates").isEqualTo(2 * rows);
        assertThat(stored("same")).hasSize(Math.toIntExact(rows));
    }

    @Test
    void twoVersionsOfOneEventSentAtOnceEndInOneStoredVersionAndOneConflict() throws Exception {
        ActivityBatches batches = new ActivityBatches(catalog.sops(), "twin", 1);
        long rows = 0;
        long accepted = 0;
        long rejected = 0;
        Set<String> conflictsOfFirst = new HashSet<>();
        Set<String> conflictsOfSecond = new HashSet<>();
        for (int round = 0; round < ROUNDS; round++) {
            ActivityBatches.Batch batch = batches.next();
            rows += batch.ids().size();
            // the same ids, every step finished one minute later (finished_at ends each line, at minute x5)
            String other = batch.csv().replaceAll("5(:00)?\\+07:00\\n", "6$1+07:00\n");
            assertThat(other.lines().skip(1)).as("every row of the other version differs")
                    .doesNotContainAnyElementsOf(batch.csv().lines().skip(1).toList());
            List<JsonNode> reports = postAtOnce(batch.csv(), other);
            for (JsonNode report : reports) {
                accepted += report.get("accepted").asLong();
                rejected += report.get("rejected").asLong();
            }
            reports.get(0).get("errors").forEach(e -> conflictsOfFirst.add(e.get("id").asText()));
            reports.get(1).get("errors").forEach(e -> conflictsOfSecond.add(e.get("id").asText()));
        }
        assertThat(accepted).as("accepted").isEqualTo(rows);
        assertThat(rejected).as("rejected as conflicts").isEqualTo(rows);
        assertThat(conflictsOfFirst).as("an id is a conflict in one of the two requests only")
                .doesNotContainAnyElementsOf(conflictsOfSecond);
        List<ActivityEvent> stored = stored("twin");
        assertThat(stored).hasSize(Math.toIntExact(rows));
        // the version stored is the one its request reported accepted (5 minutes long: the first body)
        for (ActivityEvent event : stored) {
            long minutes = Duration.between(event.startedAt(), event.finishedAt()).toMinutes();
            assertThat(minutes).as("stored version of " + event.eventId())
                    .isEqualTo(conflictsOfFirst.contains(event.eventId()) ? 6 : 5);
        }
    }

    private List<JsonNode> postAtOnce(String... bodies) throws Exception {
        List<CompletableFuture<HttpResponse<String>>> sent = new ArrayList<>();
        for (String body : bodies) {
            sent.add(http.sendAsync(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/activities"))
                    .header("Content-Type", "text/csv").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                    HttpResponse.BodyHandlers.ofString()));
        }
        List<JsonNode> reports = new ArrayList<>();
        for (CompletableFuture<HttpResponse<String>> answer : sent) {
            HttpResponse<String> response = answer.get();
            assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
            reports.add(json.readTree(response.body()));
        }
        return reports;
    }

    private List<ActivityEvent> stored(String prefix) {
        List<ActivityEvent> events = new ArrayList<>();
        stored.forEachCase(data -> data.events().stream().filter(e -> e.eventId().startsWith(prefix))
                .forEach(events::add));
        return events;
    }
}
