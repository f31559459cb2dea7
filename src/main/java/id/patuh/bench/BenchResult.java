package id.patuh.bench;

import java.util.Map;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/**
 * Every figure of one benchmark run. Throughputs in events per second, times in
 * milliseconds, heap in MiB.
 *
 * @param ingestEventsPerS     the command-line bulk path (IngestService from a file)
 * @param incrementalP99Ms     one event imported over HTTP, its case evaluated, its finding read back
 * @param droolsPlainAgreement whether Drools and the plain-Java checks found the same steps
 * @param reportMs             one unit's yearly readiness report, computed and rendered as PDF
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonPropertyOrder({"events", "ingest_events_per_s", "eval_events_per_s", "incremental_p99_ms", "heap_peak_mb",
        "ratios"})
public record BenchResult(
        long events,
        double ingestEventsPerS,
        double evalEventsPerS,
        double incrementalP99Ms,
        double heapPeakMb,
        Ratios ratios,
        double ingestHttpEventsPerS,
        long httpEvents,
        double rawInsertEventsPerS,
        double rawReadEventsPerS,
        long cases,
        long findings,
        double droolsMs,
        double plainJavaMs,
        boolean droolsPlainAgreement,
        double incrementalP50Ms,
        double reportMs,
        long heapMaxMb,
        String store,
        Map<String, Double> phaseSeconds) {

    /** Each a time or throughput ratio, as its name says. */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record Ratios(double ingestVsRawInsert, double evalVsRawRead, double droolsVsPlainJava) {
    }
}
