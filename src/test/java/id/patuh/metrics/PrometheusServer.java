package id.patuh.metrics;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * A real Prometheus on a free loopback port, scraping one patuh every second with basic auth,
 * with its data in a folder of its own. Every wait is bounded.
 */
final class PrometheusServer implements AutoCloseable {

    private static final Duration STARTUP = Duration.ofSeconds(60);

    private final Process process;
    private final URI base;
    private final Path log;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final ObjectMapper json = new ObjectMapper();

    private PrometheusServer(Process process, URI base, Path log) {
        this.process = process;
        this.base = base;
        this.log = log;
    }

    /**
     * @param target   host:port of patuh
     * @param ruleFile loaded as Prometheus would load it in production
     */
    static PrometheusServer start(Path binary, Path dir, String target, String user, String password, Path ruleFile)
            throws IOException, InterruptedException {
        Files.createDirectories(dir);
        Path config = dir.resolve("prometheus.yml");
        Files.writeString(config, """
                global:
                  scrape_interval: 1s
                  evaluation_interval: 1s
                rule_files:
                  - %s
                scrape_configs:
                  - job_name: patuh
                    metrics_path: /actuator/prometheus
                    basic_auth:
                      username: %s
                      password: %s
                    static_configs:
                      - targets: ['%s']
                """.formatted(ruleFile.toAbsolutePath(), user, password, target));
        int port = freePort();
        Path log = dir.resolve("prometheus.log");
        Process process = new ProcessBuilder(binary.toString(), "--config.file=" + config,
                "--web.listen-address=127.0.0.1:" + port, "--storage.tsdb.path=" + dir.resolve("data"),
                "--log.level=warn").redirectErrorStream(true).redirectOutput(log.toFile()).start();
        PrometheusServer server = new PrometheusServer(process, URI.create("http://127.0.0.1:" + port), log);
        server.awaitReady();
        return server;
    }

    private void awaitReady() throws IOException, InterruptedException {
        long deadline = System.nanoTime() + STARTUP.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("prometheus exited: " + Files.readString(log));
            }
            try {
                if (http.send(request("/-/ready"), HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(200);
        }
        throw new IllegalStateException("prometheus not ready within " + STARTUP + ": " + Files.readString(log));
    }

    /** Polls {@code path} until its JSON answer satisfies {@code done}; fails after {@code limit}. */
    JsonNode awaitApi(String path, Predicate<JsonNode> done, Duration limit) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + limit.toNanos();
        JsonNode last = null;
        while (System.nanoTime() < deadline) {
            last = api(path);
            if (done.test(last)) {
                return last;
            }
            Thread.sleep(250);
        }
        throw new IllegalStateException("waited " + limit + " for " + path + ", last answer: " + last
                + "\nprometheus log: " + Files.readString(log));
    }

    JsonNode awaitQuery(String promql, Predicate<JsonNode> done, Duration limit)
            throws IOException, InterruptedException {
        return awaitApi("/api/v1/query?query=" + URLEncoder.encode(promql, StandardCharsets.UTF_8), done, limit);
    }

    /** An instant query at now. */
    JsonNode query(String promql) throws IOException, InterruptedException {
        return api("/api/v1/query?query=" + URLEncoder.encode(promql, StandardCharsets.UTF_8));
    }

    /** The values of a label on the series a selector matches (Grafana's label_values). */
    List<String> labelValues(String label, String selector) throws IOException, InterruptedException {
        JsonNode answer = api("/api/v1/label/" + label + "/values?match[]="
                + URLEncoder.encode(selector, StandardCharsets.UTF_8));
        return json.convertValue(answer.path("data"), json.getTypeFactory().constructCollectionType(List.class,
                String.class));
    }

    JsonNode api(String pathAndQuery) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(request(pathAndQuery), HttpResponse.BodyHandlers.ofString());
        return json.readTree(response.body());
    }

    private HttpRequest request(String pathAndQuery) {
        return HttpRequest.newBuilder(base.resolve(pathAndQuery)).timeout(Duration.ofSeconds(10)).GET().build();
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(10, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
        }
    }

    /** The first value of a query's answer; NaN when it has none. */
    static double value(JsonNode answer) {
        JsonNode result = answer.path("data").path("result");
        return result.isEmpty() ? Double.NaN : Double.parseDouble(result.path(0).path("value").path(1).asText());
    }

    /** Whether an answer holds at least one real number (NaN is what Grafana shows as no data). */
    static boolean hasFiniteValue(JsonNode answer) {
        JsonNode data = answer.path("data");
        if ("scalar".equals(data.path("resultType").asText())) {
            return finite(data.path("result").path(1).asText());
        }
        for (JsonNode series : data.path("result")) {
            if (finite(series.path("value").path(1).asText())) {
                return true;
            }
        }
        return false;
    }

    private static boolean finite(String value) {
        try {
            return Double.isFinite(Double.parseDouble(value));
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
