package id.patuh.reliability;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Latency percentiles per request type, as a printed table and as JSON. */
final class LoadReport {

    /** Percentiles of one request type, in milliseconds (nearest rank). */
    record Latency(String type, int requests, double p50, double p95, double p99, double max) {

        static Latency of(String type, long[] nanos) {
            long[] sorted = nanos.clone();
            Arrays.sort(sorted);
            return new Latency(type, sorted.length, rank(sorted, 0.50), rank(sorted, 0.95), rank(sorted, 0.99),
                    millis(sorted[sorted.length - 1]));
        }

        private static double rank(long[] sorted, double p) {
            int index = (int) Math.ceil(p * sorted.length) - 1;
            return millis(sorted[Math.max(0, index)]);
        }

        private static double millis(long nanos) {
            return Math.round(nanos / 1e5) / 10.0;
        }
    }

    private final int clients;
    private final int importers;
    private final double seconds;
    private final LoadTally tally;
    private final List<Latency> latencies;

    LoadReport(int clients, int importers, double seconds, LoadTally tally) {
        this.clients = clients;
        this.importers = importers;
        this.seconds = seconds;
        this.tally = tally;
        Map<String, List<Long>> byType = new TreeMap<>();
        tally.calls().forEach(c -> byType.computeIfAbsent(c.type(), t -> new java.util.ArrayList<>()).add(c.nanos()));
        this.latencies = byType.entrySet().stream()
                .map(e -> Latency.of(e.getKey(), e.getValue().stream().mapToLong(Long::longValue).toArray())).toList();
    }

    String table() {
        StringBuilder out = new StringBuilder(String.format("%nLoad: %d clients (%d importing), %.1f s, %d requests, "
                + "%d distinct rows (+%d re-sent), %.0f req/s%n", clients, importers, seconds, tally.calls().size(),
                tally.distinctRowsSent(), tally.resentRows(), tally.calls().size() / seconds));
        out.append(String.format("%-30s %8s %9s %9s %9s %9s%n", "request", "count", "p50 ms", "p95 ms", "p99 ms",
                "max ms"));
        for (Latency l : latencies) {
            out.append(String.format("%-30s %8d %9.1f %9.1f %9.1f %9.1f%n", l.type(), l.requests(), l.p50(), l.p95(),
                    l.p99(), l.max()));
        }
        return out.toString();
    }

    Map<String, Object> asJson() {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("clients", clients);
        json.put("importers", importers);
        json.put("seconds", Math.round(seconds * 10) / 10.0);
        json.put("requests", tally.calls().size());
        json.put("distinct_rows", tally.distinctRowsSent());
        json.put("accepted", tally.acceptedOnFirstSend() + tally.acceptedOnResend());
        json.put("resent_rows", tally.resentRows());
        json.put("duplicates_reported", tally.duplicatesOnResend());
        json.put("server_errors", tally.serverErrors().size());
        json.put("latency_ms", latencies);
        return json;
    }
}
