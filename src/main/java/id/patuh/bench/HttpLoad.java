package id.patuh.bench;

import java.io.BufferedReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import id.patuh.cases.StoreKeys;
import id.patuh.findings.ComplianceEvaluator;

/** Requests to the running service on loopback: bulk uploads and single-event round trips. */
final class HttpLoad {

    private static final String HEADER = "event_id,sop_code,case_id,unit,step_no,actor_role,actor_id,started_at,"
            + "finished_at,kelengkapan,output,decision";

    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();
    private final String base;

    HttpLoad(int port) {
        this.base = "http://127.0.0.1:" + port;
    }

    /** Posts a CSV file in requests of {@code rows} rows each, as an operator's uploads would come. */
    Void postCsvInChunks(Path csv, int rows) throws Exception {
        try (BufferedReader in = Files.newBufferedReader(csv)) {
            String header = in.readLine();
            StringBuilder body = new StringBuilder(header).append('\n');
            int count = 0;
            String line;
            while ((line = in.readLine()) != null) {
                body.append(line).append('\n');
                if (++count == rows) {
                    post(body.toString());
                    body = new StringBuilder(header).append('\n');
                    count = 0;
                }
            }
            if (count > 0) {
                post(body.toString());
            }
        }
        return null;
    }

    /**
     * From the start of an import of one late step to its finding being readable over the API:
     * the import, the evaluation of its case (what the service does right after each stored
     * batch) and the query.
     */
    static final int INCREMENTAL_WARM_UP = 10;

    List<Double> incrementalLatencies(ComplianceEvaluator evaluator, int samples, Instant now) throws Exception {
        List<Double> millis = new ArrayList<>();
        // the first rounds run untimed: a service answers after days of uptime, not its first request
        for (int i = -INCREMENTAL_WARM_UP; i < samples; i++) {
            String caseId = "inc-" + i + "-" + System.nanoTime();
            String row = "ev-" + caseId + ",sidoarjo-perencanaan-pengumpulan-data-kinerja," + caseId
                    + ",setda-sidoarjo-perencanaan,1,Sekretaris Daerah,,2024-04-02T08:00:00+07:00,"
                    + "2024-04-02T10:30:00+07:00,Surat Pemberitahuan,Disposisi Surat,";
            long started = System.nanoTime();
            post(HEADER + "\n" + row + "\n");
            evaluator.evaluateCase(StoreKeys.caseKey("setda-sidoarjo-perencanaan", caseId), now);
            String page = get("/api/findings?case=" + URLEncoder.encode(caseId, StandardCharsets.UTF_8));
            if (!page.contains("DURATION_EXCEEDED")) {
                throw new IllegalStateException("finding of " + caseId + " not readable: " + page);
            }
            if (i >= 0) {
                millis.add((System.nanoTime() - started) / 1e6);
            }
        }
        return millis;
    }

    private void post(String csv) throws Exception {
        HttpResponse<String> response = client.send(HttpRequest.newBuilder(URI.create(base + "/api/activities"))
                .header("Content-Type", "text/csv").POST(HttpRequest.BodyPublishers.ofString(csv))
                .timeout(Duration.ofMinutes(10)).build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("import answered " + response.statusCode() + ": " + response.body());
        }
    }

    private String get(String path) throws Exception {
        return client.send(HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofMinutes(1)).build(),
                HttpResponse.BodyHandlers.ofString()).body();
    }
}
