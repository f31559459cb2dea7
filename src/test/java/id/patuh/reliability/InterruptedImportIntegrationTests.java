package id.patuh.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.event.EventListener;
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

import id.patuh.audit.AuditEntry;
import id.patuh.audit.SecurityAuditLog;
import id.patuh.cases.StoreKeys;
import id.patuh.catalog.CatalogService;
import id.patuh.ingest.ImportRecord;
import id.patuh.ingest.ImportStatus;
import id.patuh.ingest.IngestCompleted;
import id.patuh.ingest.IngestService;
import id.patuh.security.TenantScope;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * An import the store cut short is still accounted for: the rows the store acknowledged reach
 * the metrics, the security audit log and the import history, marked {@code interrupted}, while
 * the client gets its 503 as before. The outage is a dropped connection at the third registry
 * insert; the store stays up, so the book-keeping can reach it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "patuh.evaluation.sweep-on-start=false",
        "patuh.ingest.batch-size=" + InterruptedImportIntegrationTests.BATCH,
        "patuh.store.server-selection-timeout=2s"})
@DirtiesContext
class InterruptedImportIntegrationTests {

    static final int BATCH = 100;

    static final DroppingStore store = new DroppingStore();

    @DynamicPropertySource
    static void theStore(DynamicPropertyRegistry registry) {
        registry.add("spring.data.mongodb.uri", store::uri);
    }

    @TestConfiguration
    static class Listening {
        @Bean
        Completions completions() {
            return new Completions();
        }
    }

    /** Every {@link IngestCompleted} published. */
    static class Completions {
        final List<IngestCompleted> events = new CopyOnWriteArrayList<>();

        @EventListener
        void on(IngestCompleted completed) {
            events.add(completed);
        }
    }

    @Autowired
    TestRestTemplate http;

    @Autowired
    CatalogService catalog;

    @Autowired
    IngestService ingest;

    @Autowired
    SecurityAuditLog audit;

    @Autowired
    MeterRegistry meters;

    @Autowired
    Completions completions;

    private final ObjectMapper json = new ObjectMapper();

    @AfterAll
    static void closeStore() {
        store.close();
    }

    @Test
    void theAcknowledgedPartOfAnInterruptedImportIsPublishedAuditedAndKeptInTheHistory() throws Exception {
        String csv = rows("cut", 15);
        double acceptedBefore = acceptedRowsMetric();
        store.dropOnce("insert", StoreKeys.IDS, 3);

        ResponseEntity<String> cut = post(csv);

        assertThat(store.dropped()).isTrue();
        assertThat(cut.getStatusCode()).as(cut.getBody()).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
        JsonNode problem = json.readTree(cut.getBody());
        assertThat(problem.get("accepted").asLong()).isEqualTo(2 * BATCH);
        assertThat(problem.get("through_line").asLong()).isEqualTo(2 * BATCH + 1);

        // recorded on a thread of its own, so that the 503 never waits for it
        Awaitility.await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> {
            assertThat(completions.events).singleElement().satisfies(e -> {
                assertThat(e.status()).isEqualTo(ImportStatus.INTERRUPTED);
                assertThat(e.report().accepted()).isEqualTo(2 * BATCH);
            });
            assertThat(ingest.recentImports(TenantScope.ALL, 5)).first().satisfies(r -> {
                assertThat(r.status()).isEqualTo(ImportStatus.INTERRUPTED);
                assertThat(r.report().accepted()).isEqualTo(2 * BATCH);
                assertThat(r.report().source()).isEqualTo("/api/activities");
            });
            assertThat(audit.recent(TenantScope.ALL, "import", 5)).first()
                    .extracting(AuditEntry::detail).satisfies(d -> {
                        assertThat(d.get("accepted")).isEqualTo(2L * BATCH);
                        assertThat(d.get("status")).isEqualTo(ImportStatus.INTERRUPTED.label());
                    });
        });
        assertThat(acceptedRowsMetric() - acceptedBefore).isEqualTo(2.0 * BATCH);

        JsonNode retry = json.readTree(post(csv).getBody());
        assertThat(retry.get("accepted").asLong() + retry.get("duplicates").asLong()).isEqualTo(15L * 20);
        assertThat(retry.get("duplicates").asLong()).isEqualTo(2 * BATCH);
        List<ImportRecord> history = ingest.recentImports(TenantScope.ALL, 5);
        assertThat(history).extracting(ImportRecord::status)
                .containsExactly(ImportStatus.COMPLETE, ImportStatus.INTERRUPTED);
        assertThat(acceptedRowsMetric() - acceptedBefore).isEqualTo(15.0 * 20);
    }

    private double acceptedRowsMetric() {
        return meters.get("patuh.ingest.rows").tag("kind", "activities").tag("outcome", "accepted").counter().count();
    }

    /** {@code batches} × 20 new activity rows in one CSV body. */
    private String rows(String run, int batches) {
        ActivityBatches source = new ActivityBatches(catalog.sops(), run, 0);
        StringBuilder csv = new StringBuilder(ActivityBatches.HEADER);
        for (int i = 0; i < batches; i++) {
            csv.append(source.next().csv().substring(ActivityBatches.HEADER.length()));
        }
        return csv.toString();
    }

    private ResponseEntity<String> post(String csv) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.parseMediaType("text/csv"));
        return http.postForEntity("/api/activities", new HttpEntity<>(csv, headers), String.class);
    }
}
