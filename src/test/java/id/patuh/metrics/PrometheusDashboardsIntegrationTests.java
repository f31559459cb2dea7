package id.patuh.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.fasterxml.jackson.databind.JsonNode;

import id.patuh.findings.ComplianceEvaluator;
import id.patuh.findings.FindingFilter;
import id.patuh.findings.FindingService;
import id.patuh.workload.DemoData;

/**
 * The demo quarter ({@code --patuh.demo=true}) in a running patuh, scraped by a real Prometheus (with the scraper's basic
 * auth, as in production): every PromQL expression of every dashboard panel and alert rule is
 * valid, every panel shows data, every template variable has values, Prometheus loads and
 * evaluates the alert rules without error, and what it scraped agrees with the stored findings.
 * Only the scraper reads the metrics; no other actuator endpoint is served.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"patuh.demo=true", "patuh.evaluation.sweep-on-start=false", "patuh.security.enabled=true"})
@AutoConfigureObservability
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PrometheusDashboardsIntegrationTests {

    /** A user of the test configuration (src/test/resources/config/application.yml) with role SCRAPER. */
    private static final String SCRAPER = "scraper";
    private static final String SCRAPER_PASSWORD = "scraper-pw";
    private static final Pattern LABEL_VALUES = Pattern.compile("label_values\\((.*),\\s*(\\w+)\\)");

    @LocalServerPort
    int port;

    @Autowired
    DemoData demo;

    @Autowired
    MetricsService metrics;

    @Autowired
    ComplianceEvaluator evaluator;

    @Autowired
    FindingService findings;

    private PrometheusServer prometheus;

    @BeforeAll
    void demoQuarterScrapedByPrometheus() throws Exception {
        Path binary = PrometheusBinaries.require("prometheus");
        assertThat(demo.storeIsEmpty()).as("the demo quarter was loaded on start").isFalse();
        metrics.refresh();
        Path dir = Files.createTempDirectory(Path.of(System.getProperty("java.io.tmpdir")), "prometheus-");
        prometheus = PrometheusServer.start(binary, dir, "127.0.0.1:" + port, SCRAPER, SCRAPER_PASSWORD,
                DashboardFiles.ALERTS);
        prometheus.awaitQuery("up", this::scrapedOk, Duration.ofSeconds(30));
        // some activity while Prometheus watches, so that rates and evaluation latencies have data
        demo.load(demo.defaultQuarter());
        evaluator.sweep(evaluator.now());
        double refreshedAt = System.currentTimeMillis() / 1000.0;
        metrics.refresh();
        // a few scrapes, the last one after the refresh above
        prometheus.awaitQuery("count_over_time(up{job=\"patuh\"}[1m]) >= 5 and on() "
                + "max(patuh_metrics_refresh_timestamp_seconds) >= " + refreshedAt,
                r -> !r.path("data").path("result").isEmpty(), Duration.ofSeconds(30));
        prometheus.awaitApi("/api/v1/rules", this::everyRuleEvaluated, Duration.ofSeconds(30));
    }

    @AfterAll
    void stopPrometheus() throws Exception {
        if (prometheus != null) {
            prometheus.close();
        }
    }

    @Test
    void everyPanelQueryIsValidAndShowsData() throws Exception {
        List<String> problems = new ArrayList<>();
        List<DashboardFiles.PanelQuery> queries = DashboardFiles.panelQueries();
        for (DashboardFiles.PanelQuery query : queries) {
            JsonNode answer = prometheus.query(DashboardFiles.substitute(query.expr(), "5m", "1h"));
            if (!"success".equals(answer.path("status").asText())) {
                problems.add(query + " -> " + answer.path("error").asText());
            } else if (!PrometheusServer.hasFiniteValue(answer)) {
                problems.add(query + " -> no data: " + answer.path("data"));
            }
        }
        assertThat(queries).hasSizeGreaterThan(30);
        assertThat(problems).isEmpty();
    }

    @Test
    void everyTemplateVariableHasValues() throws Exception {
        int variables = 0;
        for (Path file : DashboardFiles.dashboards()) {
            for (JsonNode variable : DashboardFiles.read(file).path("templating").path("list")) {
                if (!"query".equals(variable.path("type").asText())) {
                    continue;
                }
                Matcher m = LABEL_VALUES.matcher(variable.path("query").path("query").asText());
                assertThat(m.matches()).as(file + " " + variable.path("name")).isTrue();
                String selector = DashboardFiles.substitute(m.group(1), "30s", "1h");
                assertThat(prometheus.labelValues(m.group(2), selector)).as(file + " $" + variable.path("name"))
                        .isNotEmpty();
                variables++;
            }
        }
        assertThat(variables).isGreaterThanOrEqualTo(6);
    }

    @Test
    void everyAlertRuleIsValidAndPrometheusEvaluatesItWithoutError() throws Exception {
        List<DashboardFiles.AlertRule> rules = DashboardFiles.alertRules();
        for (DashboardFiles.AlertRule rule : rules) {
            JsonNode answer = prometheus.query(rule.expr());
            assertThat(answer.path("status").asText()).as(rule.name() + ": " + answer).isEqualTo("success");
        }
        List<JsonNode> loaded = new ArrayList<>();
        prometheus.api("/api/v1/rules").path("data").path("groups").forEach(g -> g.path("rules").forEach(loaded::add));
        assertThat(loaded).hasSameSizeAs(rules)
                .allSatisfy(rule -> assertThat(rule.path("health").asText()).as(rule.toString()).isEqualTo("ok"));
        // patuh is up, so the alert that watches it stays quiet
        assertThat(loaded).filteredOn(rule -> rule.path("name").asText().equals("PatuhDown"))
                .allSatisfy(rule -> assertThat(rule.path("state").asText()).isEqualTo("inactive"));
    }

    @Test
    void whatPrometheusScrapedAgreesWithTheStoredFindings() throws Exception {
        AtomicLong open = new AtomicLong();
        AtomicLong overruns = new AtomicLong();
        findings.forEach(FindingFilter.ALL, f -> {
            if (f.open()) {
                open.incrementAndGet();
                overruns.addAndGet("DURATION_EXCEEDED finished step".equals(f.rule()) ? 1 : 0);
            }
        });
        assertThat(overruns.get()).isPositive();
        assertThat(PrometheusServer.value(prometheus.query("sum(patuh_findings_open)"))).isEqualTo(open.get());
        assertThat(PrometheusServer.value(prometheus.query("sum(patuh_steps_evaluated) - sum(patuh_steps_within_standard)")))
                .isEqualTo(overruns.get());
        assertThat(PrometheusServer.value(prometheus.query(
                "sum(patuh_step_duration_ratio_count) - sum(patuh_step_duration_ratio_bucket{le=\"1.0\"})")))
                .isEqualTo(overruns.get());
    }

    @Test
    void onlyTheScraperReadsTheMetricsAndNoOtherActuatorEndpointIsServed() throws Exception {
        assertThat(get("/actuator/prometheus", null).statusCode()).isEqualTo(401);
        HttpResponse<String> scrape = get("/actuator/prometheus", SCRAPER + ":" + SCRAPER_PASSWORD);
        assertThat(scrape.statusCode()).isEqualTo(200);
        assertThat(scrape.body()).contains("# TYPE patuh_step_duration_ratio histogram", "patuh_rules_info{version=");
        for (String endpoint : List.of("/actuator/metrics", "/actuator/env", "/actuator/beans", "/actuator/heapdump")) {
            assertThat(get(endpoint, SCRAPER + ":" + SCRAPER_PASSWORD).statusCode()).as(endpoint).isIn(403, 404);
        }
    }

    private HttpResponse<String> get(String path, String credentials) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .timeout(Duration.ofSeconds(10));
        if (credentials != null) {
            request.header("Authorization", "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes()));
        }
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private boolean scrapedOk(JsonNode answer) {
        for (JsonNode series : answer.path("data").path("result")) {
            if ("patuh".equals(series.path("metric").path("job").asText())) {
                return "1".equals(series.path("value").path(1).asText());
            }
        }
        return false;
    }

    private boolean everyRuleEvaluated(JsonNode answer) {
        List<JsonNode> rules = new ArrayList<>();
        answer.path("data").path("groups").forEach(g -> g.path("rules").forEach(rules::add));
        return !rules.isEmpty() && rules.stream().noneMatch(r -> r.path("lastEvaluation").asText().startsWith("0001"));
    }

}
