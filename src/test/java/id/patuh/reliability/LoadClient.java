package id.patuh.reliability;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** One simulated client of the load test; it keeps its own tallies, read after it has finished. */
abstract sealed class LoadClient implements Runnable {

    /** The server under load. */
    record Target(HttpClient http, URI base, ObjectMapper json) {
    }

    /** One answer: its request type, status, time taken and body (kept only for a failure). */
    record Call(String type, int status, long nanos, String body) {

        Call kept() {
            return status == 200 ? new Call(type, status, nanos, null)
                    : new Call(type, status, nanos, body == null || body.length() <= 300 ? body : body.substring(0, 300));
        }
    }

    protected final Target target;
    protected final long deadline;
    final List<Call> calls = new ArrayList<>();

    LoadClient(Target target, long deadline) {
        this.target = target;
        this.deadline = deadline;
    }

    protected Call send(String type, HttpRequest request) {
        long start = System.nanoTime();
        try {
            HttpResponse<String> response = target.http().send(request, HttpResponse.BodyHandlers.ofString());
            Call call = new Call(type, response.statusCode(), System.nanoTime() - start, response.body());
            calls.add(call.kept());
            return call;
        } catch (IOException e) {
            Call call = new Call(type, -1, System.nanoTime() - start, e.toString());
            calls.add(call.kept());
            return call;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("load client interrupted", e);
        }
    }

    protected HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(target.base().resolve(path)).timeout(Duration.ofSeconds(60));
    }

    /** Sends new batches, and every fourth request one it has sent before. */
    static final class Importer extends LoadClient {

        static final String NEW = "POST /api/activities (new)";
        static final String RESEND = "POST /api/activities (re-send)";

        private final ActivityBatches batches;
        private final Random random;
        final List<ActivityBatches.Batch> sent = new ArrayList<>();
        final Set<String> sentIds = new HashSet<>();
        long acceptedNew;
        long acceptedResend;
        long duplicatesResend;
        long resentRows;
        long rejected;

        Importer(Target target, ActivityBatches batches, long deadline) {
            super(target, deadline);
            this.batches = batches;
            this.random = new Random(batches.hashCode());
        }

        @Override
        public void run() {
            for (int i = 0; System.nanoTime() < deadline; i++) {
                boolean resend = i % 4 == 3 && !sent.isEmpty();
                ActivityBatches.Batch batch = resend ? sent.get(random.nextInt(sent.size())) : batches.next();
                Call call = send(resend ? RESEND : NEW, request("/api/activities")
                        .header("Content-Type", "text/csv").POST(HttpRequest.BodyPublishers.ofString(batch.csv()))
                        .build());
                if (!resend) {
                    // sent, whatever the answer: a row lost on a failed answer must still be missed
                    sent.add(batch);
                    sentIds.addAll(batch.ids());
                }
                if (call.status() == 200) {
                    count(call, resend, batch);
                }
            }
        }

        private void count(Call call, boolean resend, ActivityBatches.Batch batch) {
            JsonNode report;
            try {
                report = target.json().readTree(call.body());
            } catch (IOException e) {
                throw new IllegalStateException("import answer is not JSON: " + call.body(), e);
            }
            rejected += report.get("rejected").asLong();
            if (resend) {
                acceptedResend += report.get("accepted").asLong();
                duplicatesResend += report.get("duplicates").asLong();
                resentRows += batch.ids().size();
            } else {
                acceptedNew += report.get("accepted").asLong();
            }
        }
    }

    /** Queries findings, the catalog, a readiness report and health in turn. */
    static final class Reader extends LoadClient {

        private static final String[] UNITS = {"kec-kemlagi", "setda-sidoarjo-perencanaan", "kec-suakmidai",
            "bpkad-waykanan"};

        private final int client;

        Reader(Target target, int client, long deadline) {
            super(target, deadline);
            this.client = client;
        }

        @Override
        public void run() {
            for (int i = client; System.nanoTime() < deadline; i++) {
                String unit = UNITS[i % UNITS.length];
                switch (i % 4) {
                    case 0 -> send("GET /api/findings", request("/api/findings?unit=" + unit + "&size=50").GET().build());
                    case 1 -> send("GET /api/sops", request("/api/sops").GET().build());
                    case 2 -> send("GET /api/reports/readiness", request("/api/reports/readiness?unit=" + unit
                            + "&period=2024&format=json").GET().build());
                    default -> send("GET /actuator/health", request("/actuator/health").GET().build());
                }
            }
        }
    }
}
