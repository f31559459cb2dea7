package id.patuh.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

import com.fasterxml.jackson.databind.JsonNode;

/** The house rules for dashboards and alert rules, checked on the files (no Grafana needed). */
class DashboardFilesTests {

    private static final Pattern METRIC = Pattern.compile("\\b(patuh_[a-z_]+)");
    private static final Pattern RANGE = Pattern.compile("\\[([^\\]]+)\\]");

    @Test
    void fourDashboardsWithStableUidsAndNoId() {
        List<String> uids = new ArrayList<>();
        for (Path file : DashboardFiles.dashboards()) {
            JsonNode dashboard = DashboardFiles.read(file);
            assertThat(dashboard.path("id").isMissingNode() || dashboard.path("id").isNull()).as(file.toString())
                    .isTrue();
            uids.add(dashboard.path("uid").asText());
        }
        assertThat(uids).containsExactlyInAnyOrder("patuh-sekcam", "patuh-inspektorat", "patuh-sakip",
                "patuh-operasional");
    }

    @Test
    void everyPanelUsesTheDatasourceVariableAndSaysWhatItShows() {
        for (Path file : DashboardFiles.dashboards()) {
            JsonNode dashboard = DashboardFiles.read(file);
            assertThat(dashboard.path("title").asText()).isNotBlank();
            assertThat(dashboard.path("description").asText()).as(file + " description").isNotBlank();
            assertThat(variables(dashboard)).contains("datasource");
            for (JsonNode panel : DashboardFiles.panels(dashboard)) {
                String where = file.getFileName() + " / " + panel.path("title").asText();
                assertThat(panel.path("description").asText()).as(where).isNotBlank();
                assertThat(panel.path("datasource").path("uid").asText()).as(where).isEqualTo("${datasource}");
                assertThat(panel.path("targets")).as(where).isNotEmpty().allSatisfy(t -> assertThat(
                        t.path("datasource").path("uid").asText()).as(where).isEqualTo("${datasource}"));
            }
        }
    }

    @Test
    void dashboardsAboutUnitsAndSopsCanBeNarrowedToThem() {
        for (Path file : DashboardFiles.dashboards()) {
            JsonNode dashboard = DashboardFiles.read(file);
            String uid = dashboard.path("uid").asText();
            Set<String> variables = variables(dashboard);
            if (!uid.equals("patuh-operasional")) {
                assertThat(variables).as(uid).contains("unit");
            }
            if (uid.equals("patuh-sekcam") || uid.equals("patuh-inspektorat")) {
                assertThat(variables).as(uid).contains("sop");
            }
        }
    }

    @Test
    void ratesUseTheRateIntervalAndEveryMetricIsOneThatPatuhServes() {
        Set<String> served = servedMetrics();
        List<String> exprs = new ArrayList<>();
        DashboardFiles.panelQueries().forEach(q -> exprs.add(q.expr()));
        DashboardFiles.alertRules().forEach(r -> exprs.add(r.expr()));
        for (String expr : exprs) {
            Matcher metric = METRIC.matcher(expr);
            while (metric.find()) {
                assertThat(served).as(expr).contains(metric.group(1));
            }
        }
        for (DashboardFiles.PanelQuery query : DashboardFiles.panelQueries()) {
            Matcher range = RANGE.matcher(query.expr());
            while (range.find()) {
                assertThat(range.group(1)).as(query.toString()).isIn("$__rate_interval", "$__range");
            }
        }
    }

    /**
     * Every replica publishes the same store-derived gauges (docs/storage.md, "several replicas"):
     * a panel sums them only after collapsing the replicas, else two replicas show twice the open
     * findings. The per-replica gauges (rules version, refresh time) and the counters are left alone.
     */
    @Test
    void storeDerivedGaugesAreCountedOnceHoweverManyReplicasServe() {
        Set<String> perReplica = Set.of(SnapshotGauge.RULES_INFO, SnapshotGauge.UNITS_AGGREGATED,
                SnapshotGauge.REFRESH_DURATION, SnapshotGauge.REFRESH_TIMESTAMP).stream()
                .map(SnapshotGauge::prometheusName).collect(java.util.stream.Collectors.toSet());
        List<String> storeDerived = new ArrayList<>();
        for (SnapshotGauge gauge : SnapshotGauge.values()) {
            if (!perReplica.contains(gauge.prometheusName())) {
                storeDerived.add(gauge.prometheusName());
            }
        }
        storeDerived.addAll(List.of(StepRatioHistogram.NAME + "_bucket", StepRatioHistogram.NAME + "_count",
                StepRatioHistogram.NAME + "_sum"));
        int checked = 0;
        for (DashboardFiles.PanelQuery query : DashboardFiles.panelQueries()) {
            Matcher metric = METRIC.matcher(query.expr());
            while (metric.find()) {
                if (storeDerived.contains(metric.group(1))) {
                    checked++;
                    assertThat(query.expr().substring(0, metric.start())).as(query.toString())
                            .endsWith("max without (instance) (");
                }
            }
        }
        assertThat(checked).as("store-derived gauges in the dashboards").isGreaterThan(30);
    }

    @Test
    @SuppressWarnings("unchecked")
    void everyAlertHasASeverityAndSaysWhatIsWrongInBothLanguages() throws Exception {
        try (InputStream in = Files.newInputStream(DashboardFiles.ALERTS)) {
            Map<String, Object> file = new Yaml().load(in);
            for (Map<String, Object> group : (List<Map<String, Object>>) file.get("groups")) {
                for (Map<String, Object> rule : (List<Map<String, Object>>) group.get("rules")) {
                    Map<String, String> labels = (Map<String, String>) rule.get("labels");
                    Map<String, String> annotations = (Map<String, String>) rule.get("annotations");
                    assertThat(labels.get("severity")).as(rule.get("alert").toString()).isIn("warning", "critical");
                    assertThat(annotations.get("summary")).contains(" / ");
                    assertThat(annotations.get("description")).contains(" / ");
                }
            }
        }
        assertThat(DashboardFiles.alertRules()).extracting(DashboardFiles.AlertRule::name).contains("PatuhDown",
                "PatuhSubmissionsMissing", "PatuhUnverifiedDataRising", "PatuhComplianceLow");
    }

    @Test
    @SuppressWarnings("unchecked")
    void grafanaProvisioningPointsAtTheDashboardsAndAPrometheus() throws Exception {
        Path provisioning = DashboardFiles.ROOT.resolve("provisioning");
        Map<String, Object> datasources = yaml(provisioning.resolve("datasources/patuh.yml"));
        Map<String, Object> prometheus = ((List<Map<String, Object>>) datasources.get("datasources")).get(0);
        assertThat(prometheus).containsEntry("type", "prometheus").containsEntry("isDefault", true);
        Map<String, Object> dashboards = yaml(provisioning.resolve("dashboards/patuh.yml"));
        Map<String, Object> provider = ((List<Map<String, Object>>) dashboards.get("providers")).get(0);
        assertThat(provider).containsEntry("type", "file");
        assertThat((Map<String, Object>) provider.get("options")).containsEntry("path", "${PATUH_DASHBOARDS_DIR}");
    }

    private static Set<String> variables(JsonNode dashboard) {
        Set<String> names = new HashSet<>();
        dashboard.path("templating").path("list").forEach(v -> names.add(v.path("name").asText()));
        return names;
    }

    private static Set<String> servedMetrics() {
        Set<String> served = new HashSet<>();
        Stream.of(SnapshotGauge.values()).forEach(g -> served.add(g.prometheusName()));
        Stream.of("_bucket", "_count", "_sum").forEach(s -> served.add(StepRatioHistogram.NAME + s));
        Stream.of("raised", "closed", "reopened").forEach(k -> served.add("patuh_findings_" + k + "_total"));
        served.add("patuh_ingest_rows_total");
        Stream.of("_bucket", "_count", "_sum", "_max").forEach(s -> served.add("patuh_evaluation_duration_seconds" + s));
        return served;
    }

    private static Map<String, Object> yaml(Path file) throws Exception {
        try (InputStream in = Files.newInputStream(file)) {
            return new Yaml().load(in);
        }
    }
}
