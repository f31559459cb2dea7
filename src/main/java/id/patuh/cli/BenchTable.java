package id.patuh.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.function.ToDoubleFunction;

import id.patuh.bench.BenchResult;
import id.patuh.messages.Texts;

/**
 * The benchmark figures for people: one row per figure, one column per size. Labels in English,
 * the agreement in Bahasa Indonesia, as the table has always been printed.
 */
final class BenchTable {

    private BenchTable() {
    }

    static void print(List<BenchResult> results, PrintWriter out) {
        header(results, out);
        row(out, Texts.en("bench.table.ingest-bulk"), results, BenchResult::ingestEventsPerS);
        row(out, Texts.en("bench.table.ingest-http"), results, BenchResult::ingestHttpEventsPerS);
        row(out, Texts.en("bench.table.raw-insert"), results, BenchResult::rawInsertEventsPerS);
        row(out, Texts.en("bench.table.ingest-vs-raw"), results, r -> r.ratios().ingestVsRawInsert());
        row(out, Texts.en("bench.table.sweep"), results, BenchResult::evalEventsPerS);
        row(out, Texts.en("bench.table.raw-read"), results, BenchResult::rawReadEventsPerS);
        row(out, Texts.en("bench.table.sweep-vs-raw"), results, r -> r.ratios().evalVsRawRead());
        row(out, Texts.en("bench.table.drools"), results, BenchResult::droolsMs);
        row(out, Texts.en("bench.table.plain-java"), results, BenchResult::plainJavaMs);
        row(out, Texts.en("bench.table.drools-vs-plain"), results, r -> r.ratios().droolsVsPlainJava());
        row(out, Texts.en("bench.table.incremental-p50"), results, BenchResult::incrementalP50Ms);
        row(out, Texts.en("bench.table.incremental-p99"), results, BenchResult::incrementalP99Ms);
        row(out, Texts.en("bench.table.report"), results, BenchResult::reportMs);
        row(out, Texts.en("bench.table.heap"), results, BenchResult::heapPeakMb);
        row(out, Texts.en("bench.table.findings"), results, r -> r.findings());
        out.printf("%-32s", Texts.en("bench.table.agreement"));
        results.forEach(r -> out.printf("%14s", r.droolsPlainAgreement() ? Texts.id("bench.table.agree")
                : Texts.id("bench.table.disagree")));
        out.println();
        out.flush();
    }

    private static void header(List<BenchResult> results, PrintWriter out) {
        out.printf("%-32s", Texts.en("bench.table.events"));
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
