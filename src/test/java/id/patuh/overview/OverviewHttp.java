package id.patuh.overview;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The running patuh over HTTP as a user of the test configuration (HTTP Basic), and its
 * Prometheus exposition read as a scraper reads it.
 */
public final class OverviewHttp {

    private static final Pattern SAMPLE = Pattern.compile("^(\\w+)(?:\\{(.*)})?\\s+(\\S+)$");
    private static final Pattern LABEL = Pattern.compile("(\\w+)=\"((?:[^\"\\\\]|\\\\.)*)\"");

    private final HttpClient client = HttpClient.newHttpClient();
    private final ObjectMapper json = new ObjectMapper();
    private final String base;

    public OverviewHttp(int port) {
        this.base = "http://127.0.0.1:" + port;
    }

    public HttpResponse<String> get(String path, String user, String password) throws IOException,
            InterruptedException {
        String basic = Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
        return client.send(HttpRequest.newBuilder(URI.create(base + path)).header("Authorization", "Basic " + basic)
                .header("Accept", "application/json, text/html;q=0.9, */*;q=0.8").build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** The JSON answer of a GET that must succeed. */
    public JsonNode json(String path, String user, String password) throws IOException, InterruptedException {
        HttpResponse<String> response = get(path, user, password);
        if (response.statusCode() != 200) {
            throw new AssertionError(path + " as " + user + " -> " + response.statusCode() + " " + response.body());
        }
        return json.readTree(response.body());
    }

    /** One series of the exposition. */
    public record Sample(String name, Map<String, String> labels, double value) {
    }

    public List<Sample> scrape() throws IOException, InterruptedException {
        HttpResponse<String> response = get("/actuator/prometheus", "scraper", "scraper-pw");
        if (response.statusCode() != 200) {
            throw new AssertionError("scrape -> " + response.statusCode());
        }
        List<Sample> samples = new ArrayList<>();
        for (String line : response.body().split("\n")) {
            Matcher m = SAMPLE.matcher(line.strip());
            if (line.startsWith("#") || !m.matches()) {
                continue;
            }
            Map<String, String> labels = new LinkedHashMap<>();
            Matcher l = LABEL.matcher(m.group(2) == null ? "" : m.group(2));
            while (l.find()) {
                labels.put(l.group(1), l.group(2));
            }
            samples.add(new Sample(m.group(1), labels, Double.parseDouble(m.group(3))));
        }
        return samples;
    }

    /** The sum of a metric's series whose labels pass {@code which}. */
    public static double sum(List<Sample> samples, String name, Predicate<Map<String, String>> which) {
        return samples.stream().filter(s -> s.name().equals(name) && which.test(s.labels()))
                .mapToDouble(Sample::value).sum();
    }

    /** Whether a unit label is the tenant or one of its sub-units. */
    public static boolean ofTenant(String unit, String tenant) {
        return unit != null && (unit.equals(tenant) || unit.startsWith(tenant + "/"));
    }
}
