package id.patuh.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.function.ToDoubleFunction;

import id.patuh.bench.BenchResult;

/** The benchmark figures for people: one row per figure, one column per size. */
final class BenchTable {

    private BenchTable() {
    }

    static void print(List<BenchResult> results, PrintWriter out) {
        header(results, out);
        row(out, "ingest, bulk (events/s)", results, BenchResult::ingestEventsPerS);
        row(out, "ingest, HTTP (events/s)", results, BenchResult::ingestHttpEventsPerS);
        row(out, "raw insertMany (events/s)", results, BenchResult::rawInsertEventsPerS);
        row(out, "ratio ingest / raw insert", results, r -> r.ratios().ingestVsRawInsert());
        row(out, "evaluation sweep (events/s)", results, BenchResult::evalEventsPerS);
        row(out, "raw read (events/s)", results, BenchResult::rawReadEventsPerS);
        row(out, "ratio sweep time / raw read", results, r -> r.ratios().evalVsRawRead());
        row(out, "Drools (ms)", results, BenchResult::droolsMs);
        row(out, "plain Java (ms)", results, BenchResult::plainJavaMs);
        row(out, "ratio Drools / plain Java", results, r -> r.ratios().droolsVsPlainJava());
        row(out, "incremental p50 (ms)", results, BenchResult::incrementalP50Ms);
        row(out, "incremental p99 (ms)", results, BenchResult::incrementalP99Ms);
        row(out, "readiness report, PDF (ms)", results, BenchResult::reportMs);
        row(out, "peak heap (MiB)", results, BenchResult::heapPeakMb);
        row(out, "findings", results, r -> r.findings());
        out.printf("%-32s", "Drools = plain Java findings");
        results.forEach(r -> out.printf("%14s", r.droolsPlainAgreement() ? "ya" : "TIDAK"));
        out.println();
        out.flush();
    }

    private static void header(List<BenchResult> results, PrintWriter out) {
        out.printf("%-32s", "events");
        results.forEach(r -> out.printf("%,14d", r.events()));
        out.println();
    }

    private static void row(PrintWriter out, String label, List<BenchResult> results,
            ToDoubleFunction<BenchResult> figure) {
        out.printf("%-32s", label);
        results.forEach(r -> out.printf("%,14.2f", figure.applyAsDouble(r)));
        out.println();
    }
}
