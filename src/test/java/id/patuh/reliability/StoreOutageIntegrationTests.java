package id.patuh.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.mongo.MongoClientSettingsBuilderCustomizer;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.model.Filters;

import id.patuh.calendar.CalendarService;
import id.patuh.cases.ActivityEvent;
import id.patuh.cases.StoreKeys;
import id.patuh.catalog.CatalogService;
import id.patuh.workload.WorkloadFiles;
import id.patuh.workload.WorkloadGenerator;

/**
 * The store stops in the middle of an import: the API answers 503 with {@code Retry-After} and
 * says what was stored; what it acknowledged is stored; the same file sent again once the store
 * is back completes the import with every row stored exactly once; and the service recovers
 * without a restart. The store is a wire server owned by the test, reached through a MongoDB URI,
 * as a real MongoDB would be; the outage is triggered at an exact command of the import.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "patuh.evaluation.sweep-on-start=false",
        "patuh.ingest.batch-size=" + StoreOutageIntegrationTests.BATCH,
        "patuh.store.server-selection-timeout=1s",
        "patuh.store.connect-timeout=1s",
        "patuh.store.read-timeout=10s",
        "patuh.store.retry-after=7s"})
@DirtiesContext
class StoreOutageIntegrationTests {

    static final int BATCH = 100;
    /** With 1 s server selection, an answer in an outage never needs this long (it did, per case key, before). */
    private static final long FAIL_FAST_MILLIS = 8_000;

    static final RestartableStore store = new RestartableStore();
    static final OutageTrigger trigger = new OutageTrigger();

    @DynamicPropertySource
    static void theStore(DynamicPropertyRegistry registry) {
        registry.add("spring.data.mongodb.uri", store::uri);
    }

    @TestConfiguration
    static class Faults {
        @Bean
        MongoClientSettingsBuilderCustomizer outageTrigger() {
            return settings -> settings.addCommandListener(trigger);
        }
    }

    @Autowired
    TestRestTemplate http;

    @Autowired
    CatalogService catalog;

    @Autowired
    CalendarService calendars;

    @TempDir
    Path dir;

    private final ObjectMapper json = new ObjectMapper();

    @AfterEach
    void storeIsBack() {
        store.start();
    }

    @AfterAll
    static void closeStore() {
        store.close();
    }

    @Test
    void anOutageBetweenBatchesAnswers503AndTheResentFileCompletesWithoutDuplicates() throws Exception {
        List<ActivityEvent> rows = workload("outage-a", 120);
        String csv = csv(rows);
        // stop right after the store acknowledged the third batch: the evaluation of that batch is the
        // first to find the store gone, then the fourth batch
        trigger.arm("insert", StoreKeys.IDS, 3, store::stop);

        long started = System.nanoTime();
        ResponseEntity<String> cut = post(csv);
        long outageAnswerMillis = (System.nanoTime() - started) / 1_000_000;

        JsonNode problem = assertStoreUnavailable(cut, 3 * BATCH);
        assertThat(outageAnswerMillis).as("503 must come fast, not after the evaluation of every case")
                .isLessThan(FAIL_FAST_MILLIS);
        assertThat(health()).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);

        store.start();
        long back = System.nanoTime();
        awaitHealthUp();
        long recoveryMillis = (System.nanoTime() - back) / 1_000_000;
        assertThat(storedEventIds("outage-a")).as("every acknowledged row is stored, nothing after it")
                .containsExactlyInAnyOrderElementsOf(ids(rows.subList(0, 3 * BATCH)));

        JsonNode retry = json.readTree(post(csv, HttpStatus.OK).getBody());
        assertCompletedExactlyOnce(retry, rows, "outage-a", problem.get("accepted").asLong());
        anotherImportWorks("after-a");
        System.out.printf("outage between batches: %d rows stored before it, 503 after %d ms, health UP %d ms after "
                + "the store returned%n", problem.get("accepted").asLong(), outageAnswerMillis, recoveryMillis);
    }

    @Test
    void anOutageBetweenADocumentWriteAndItsRegistryIsRepairedByTheResend() throws Exception {
        List<ActivityEvent> rows = workload("outage-b", 120);
        String csv = csv(rows);
        // the fourth batch reaches its case documents, then the store stops before its ids are registered
        trigger.arm("update", StoreKeys.CASES, 4, store::stop);

        JsonNode problem = assertStoreUnavailableInEnglish(post(csv, "en-GB,en;q=0.9"), 3 * BATCH);

        store.start();
        awaitHealthUp();
        assertThat(registered("outage-b")).as("registered = acknowledged").isEqualTo(3 * BATCH);
        assertThat(storedEventIds("outage-b")).as("the half-written fourth batch is in its documents")
                .hasSize(4 * BATCH).containsAll(ids(rows.subList(0, 3 * BATCH)));

        JsonNode retry = json.readTree(post(csv, HttpStatus.OK).getBody());
        assertCompletedExactlyOnce(retry, rows, "outage-b", problem.get("accepted").asLong());
    }

    @Test
    void anImportWhileTheStoreIsDownFailsFastAndStoresNothingAndOtherCallsAnswer503Too() throws Exception {
        List<ActivityEvent> rows = workload("outage-c", 20);
        store.stop();

        long started = System.nanoTime();
        ResponseEntity<String> refused = post(csv(rows));
        long millis = (System.nanoTime() - started) / 1_000_000;

        assertStoreUnavailable(refused, 0);
        assertThat(millis).isLessThan(FAIL_FAST_MILLIS);
        ResponseEntity<String> findings = http.getForEntity("/api/findings", String.class);
        assertThat(findings.getStatusCode()).as("any API call: 503, not 500").isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
        assertThat(findings.getHeaders().getFirst(HttpHeaders.RETRY_AFTER)).isEqualTo("7");
        store.start();
        awaitHealthUp();
        assertThat(registered("outage-c")).isZero();
        assertThat(json.readTree(post(csv(rows), HttpStatus.OK).getBody()).get("accepted").asLong())
                .isEqualTo(rows.size());
    }

    private JsonNode assertStoreUnavailable(ResponseEntity<String> answer, int acknowledged) throws Exception {
        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
        assertThat(answer.getHeaders().getFirst(HttpHeaders.RETRY_AFTER)).isEqualTo("7");
        assertThat(answer.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        JsonNode problem = json.readTree(answer.getBody());
        assertThat(problem.get("status").asInt()).isEqualTo(503);
        assertThat(problem.get("accepted").asLong()).isEqualTo(acknowledged);
        assertThat(problem.get("duplicates").asLong()).isZero();
        assertThat(problem.get("rejected").asLong()).isZero();
        // the header is line 1: the acknowledged rows end on line acknowledged + 1
        long line = acknowledged == 0 ? 0 : acknowledged + 1;
        assertThat(problem.get("through_line").asLong()).isEqualTo(line);
        // no Accept-Language: Bahasa Indonesia only
        assertThat(problem.get("title").asText()).isEqualTo("Penyimpanan tidak tersedia");
        String detail = problem.get("detail").asText();
        assertThat(detail).startsWith("Penyimpanan tidak dapat dihubungi").doesNotContain(" / ")
                .doesNotContainIgnoringCase("store");
        if (line > 0) {
            assertThat(detail).contains("sampai baris " + line).contains(acknowledged + " diterima");
        } else {
            assertThat(detail).contains("belum ada baris impor ini yang tersimpan");
        }
        return problem;
    }

    private JsonNode assertStoreUnavailableInEnglish(ResponseEntity<String> answer, int acknowledged)
            throws Exception {
        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
        assertThat(answer.getHeaders().getFirst(HttpHeaders.RETRY_AFTER)).isEqualTo("7");
        JsonNode problem = json.readTree(answer.getBody());
        assertThat(problem.get("through_line").asLong()).isEqualTo(acknowledged + 1);
        assertThat(problem.get("title").asText()).isEqualTo("Store unavailable");
        assertThat(problem.get("detail").asText()).isEqualTo("The store became unreachable during the import. Rows "
                + "through line " + (acknowledged + 1) + " are settled: " + acknowledged + " accepted, 0 updated, 0 "
                + "duplicates (already stored), 0 rejected; later rows were not stored. Send the same file again "
                + "once the store is back: rows already stored will count as duplicates");
        return problem;
    }

    /** The resend's report: stored rows are duplicates, the rest accepted; the store holds each row once. */
    private void assertCompletedExactlyOnce(JsonNode retry, List<ActivityEvent> rows, String prefix,
            long acknowledged) {
        assertThat(retry.get("duplicates").asLong()).isEqualTo(acknowledged);
        assertThat(retry.get("accepted").asLong()).isEqualTo(rows.size() - acknowledged);
        assertThat(retry.get("rejected").asLong()).as("no conflicts: %s", retry.get("errors")).isZero();
        assertThat(retry.get("updated").asLong()).isZero();
        List<String> stored = storedEventIds(prefix);
        assertThat(stored).hasSize(rows.size()).containsExactlyInAnyOrderElementsOf(ids(rows));
        assertThat(registered(prefix)).isEqualTo(rows.size());
    }

    private void anotherImportWorks(String prefix) throws Exception {
        List<ActivityEvent> rows = workload(prefix, 15);
        JsonNode report = json.readTree(post(csv(rows), HttpStatus.OK).getBody());
        assertThat(report.get("accepted").asLong()).isEqualTo(rows.size());
        assertThat(http.getForEntity("/api/findings?limit=1", String.class).getStatusCode()).isEqualTo(HttpStatus.OK);
    }

    private List<ActivityEvent> workload(String prefix, int cases) {
        return new WorkloadGenerator(catalog.catalog(), calendars).generateMix(cases, 0.3, 9, prefix).events();
    }

    private String csv(List<ActivityEvent> rows) throws Exception {
        Path file = Files.createTempFile(dir, "activities-", ".csv");
        WorkloadFiles.writeActivitiesCsv(rows, file);
        return Files.readString(file);
    }

    private static List<String> ids(List<ActivityEvent> rows) {
        return rows.stream().map(ActivityEvent::eventId).toList();
    }

    private ResponseEntity<String> post(String csv) {
        return post(csv, (String) null);
    }

    /** {@code language}: the Accept-Language header, or null to send none. */
    private ResponseEntity<String> post(String csv, String language) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.parseMediaType("text/csv"));
        if (language != null) {
            headers.set(HttpHeaders.ACCEPT_LANGUAGE, language);
        }
        return http.postForEntity("/api/activities", new HttpEntity<>(csv, headers), String.class);
    }

    private ResponseEntity<String> post(String csv, HttpStatus expected) {
        ResponseEntity<String> answer = post(csv);
        assertThat(answer.getStatusCode()).as(answer.getBody()).isEqualTo(expected);
        return answer;
    }

    private HttpStatus health() {
        return HttpStatus.valueOf(http.getForEntity("/actuator/health", Map.class).getStatusCode().value());
    }

    /** The driver finds the store again on its own; the health check is the first to ask. */
    private void awaitHealthUp() throws InterruptedException {
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (health() != HttpStatus.OK) {
            assertThat(System.nanoTime()).as("health UP within 10 s of the store's return").isLessThan(deadline);
            Thread.sleep(100);
        }
    }

    /** Every event id held by the case documents of this prefix, as often as it is held. */
    private static List<String> storedEventIds(String prefix) {
        List<String> ids = new ArrayList<>();
        try (MongoClient client = MongoClients.create(store.uri())) {
            client.getDatabase("patuh").getCollection(StoreKeys.CASES)
                    .find(Filters.regex("case_id", "^" + Pattern.quote(prefix + "-")))
                    .forEach(c -> c.get("events", Document.class).values()
                            .forEach(e -> ids.add(((Document) e).getString("event_id"))));
        }
        return ids;
    }

    private static long registered(String prefix) {
        try (MongoClient client = MongoClients.create(store.uri())) {
            return client.getDatabase("patuh").getCollection(StoreKeys.IDS)
                    .countDocuments(Filters.regex("_id", "^activities:[^|]*\\|" + Pattern.quote(prefix + "-")));
        }
    }
}
