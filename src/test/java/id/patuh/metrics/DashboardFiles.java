package id.patuh.metrics;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.yaml.snakeyaml.Yaml;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** The dashboards and alert rules of {@code dashboards/}, and their PromQL with the variables filled in. */
final class DashboardFiles {

    static final Path ROOT = Path.of("dashboards");
    static final Path GRAFANA = ROOT.resolve("grafana");
    static final Path PROMETHEUS = ROOT.resolve("prometheus");
    static final Path ALERTS = PROMETHEUS.resolve("alerts.yml");

    /** A query of one panel: where it is, for messages. */
    record PanelQuery(String dashboard, String panel, String expr) {
        @Override
        public String toString() {
            return dashboard + " / " + panel + ": " + expr;
        }
    }

    record AlertRule(String name, String expr) {
    }

    private static final Pattern TEMPLATE_VARIABLE = Pattern.compile("\\$\\{?(unit|sop|period|job)(:\\w+)?\\}?");

    private DashboardFiles() {
    }

    static List<Path> dashboards() {
        try (Stream<Path> files = Files.list(GRAFANA)) {
            return files.filter(f -> f.toString().endsWith(".json")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static JsonNode read(Path dashboard) {
        try {
            return new ObjectMapper().readTree(dashboard.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every panel, also those inside rows. */
    static List<JsonNode> panels(JsonNode dashboard) {
        List<JsonNode> panels = new ArrayList<>();
        for (JsonNode panel : dashboard.path("panels")) {
            panels.add(panel);
            panel.path("panels").forEach(panels::add);
        }
        return panels;
    }

    static List<PanelQuery> panelQueries() {
        List<PanelQuery> queries = new ArrayList<>();
        for (Path file : dashboards()) {
            JsonNode dashboard = read(file);
            for (JsonNode panel : panels(dashboard)) {
                for (JsonNode target : panel.path("targets")) {
                    queries.add(new PanelQuery(dashboard.path("uid").asText(), panel.path("title").asText(),
                            target.path("expr").asText()));
                }
            }
        }
        return queries;
    }

    @SuppressWarnings("unchecked")
    static List<AlertRule> alertRules() {
        try (InputStream in = Files.newInputStream(ALERTS)) {
            Map<String, Object> file = new Yaml().load(in);
            List<AlertRule> rules = new ArrayList<>();
            for (Map<String, Object> group : (List<Map<String, Object>>) file.get("groups")) {
                for (Map<String, Object> rule : (List<Map<String, Object>>) group.get("rules")) {
                    rules.add(new AlertRule(String.valueOf(rule.get("alert")), String.valueOf(rule.get("expr"))));
                }
            }
            return rules;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The expression as Grafana would send it with "All" selected everywhere (the variables'
     * allValue is {@code .*}) and the given rate interval and range.
     */
    static String substitute(String expr, String rateInterval, String range) {
        String filled = TEMPLATE_VARIABLE.matcher(expr.replace("$__rate_interval", rateInterval)
                .replace("$__range", range).replace("$__interval", "15s")).replaceAll(".*");
        if (filled.contains("$")) {
            throw new IllegalArgumentException("unknown variable in " + expr);
        }
        return filled;
    }
}
