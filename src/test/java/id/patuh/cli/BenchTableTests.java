package id.patuh.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import id.patuh.bench.BenchResult;

/** The benchmark table keeps its labels, layout and "ya"/"TIDAK" now that its words live in the bench bundle. */
class BenchTableTests {

    private Locale before;

    @BeforeEach
    void groupedTheAmericanWay() {
        // the table groups digits in the JVM's format locale (%,14d): fix it for an exact comparison
        before = Locale.getDefault(Locale.Category.FORMAT);
        Locale.setDefault(Locale.Category.FORMAT, Locale.US);
    }

    @AfterEach
    void restoreLocale() {
        Locale.setDefault(Locale.Category.FORMAT, before);
    }

    @Test
    void printsEveryFigureUnderTheSameLabelsAsBefore() {
        List<BenchResult> results = List.of(
                new BenchResult(10000, 12345.678, 2345.5, 12.25, 300.5, new BenchResult.Ratios(0.5, 2.25, 1.75), 1500.0,
                        10000, 24000.0, 90000.0, 400, 1234, 175.0, 100.0, true, 8.5, 450.25, 2048, "embedded file",
                        Map.of()),
                new BenchResult(1000000, 1, 2, 3, 4, new BenchResult.Ratios(5, 6, 7), 8, 100000, 9, 10, 11, 12, 13, 14,
                        false, 15, 16, 17, "x", Map.of()));
        StringWriter out = new StringWriter();

        BenchTable.print(results, new PrintWriter(out));

        assertThat(out.toString().replace(System.lineSeparator(), "\n")).isEqualTo("""
                events                                  10,000     1,000,000
                ingest, bulk (events/s)              12,345.68          1.00
                ingest, HTTP (events/s)               1,500.00          8.00
                raw insertMany (events/s)            24,000.00          9.00
                ratio ingest / raw insert                 0.50          5.00
                evaluation sweep (events/s)           2,345.50          2.00
                raw read (events/s)                  90,000.00         10.00
                ratio sweep time / raw read               2.25          6.00
                Drools (ms)                             175.00         13.00
                plain Java (ms)                         100.00         14.00
                ratio Drools / plain Java                 1.75          7.00
                incremental p50 (ms)                      8.50         15.00
                incremental p99 (ms)                     12.25          3.00
                readiness report, PDF (ms)              450.25         16.00
                peak heap (MiB)                         300.50          4.00
                findings                              1,234.00         12.00
                Drools = plain Java findings                ya         TIDAK
                """);
    }
}
