package id.patuh.report;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

import id.patuh.cases.DataKind;
import id.patuh.ingest.IngestListener;
import id.patuh.ingest.IngestService;
import id.patuh.ingest.InputFormat;

/**
 * The example files of the repository (examples/*.csv, the README's audit) loaded through the
 * ingest façade, evaluated at a fixed "now" of 30 April 2024 12:00 WIB, the time the README's
 * audit uses, so every finding, age and figure is known in advance. Loading twice is harmless:
 * ingest is idempotent.
 */
final class ExampleData {

    /** 2024-04-30 12:00 WIB. */
    static final Instant NOW = Instant.parse("2024-04-30T05:00:00Z");
    static final String UNIT = "setda-sidoarjo-perencanaan";

    private ExampleData() {
    }

    static void load(IngestService ingest) throws IOException {
        // activities first: a request names its case, whose SOP gives the verification window
        load(ingest, DataKind.ACTIVITIES, Files.newInputStream(Path.of("examples/activities.csv")));
        load(ingest, DataKind.INDICATORS, Files.newInputStream(Path.of("examples/indicators.csv")));
        load(ingest, DataKind.REQUESTS, Files.newInputStream(Path.of("examples/requests.csv")));
    }

    /** A record whose id and name a spreadsheet would run as formulas, in a unit of its own. */
    static void loadFormulaBait(IngestService ingest) {
        String csv = "record_id,unit,indicator_code,indicator_name,period,submitted_by,submitted_at\n"
                + "\"=HYPERLINK(\"\"http://x\"\",\"\"klik\"\")\",kec-kemlagi/kasi-umpan,IKU-9,@SUM(A1),2024-Q1,"
                + "staf,2024-04-02T09:00:00+07:00\n";
        load(ingest, DataKind.INDICATORS, new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)));
    }

    private static void load(IngestService ingest, DataKind kind, InputStream in) {
        try (in) {
            ingest.ingest(kind, InputFormat.CSV, in, "test", IngestListener.NONE);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Evaluation, findings and reports all read this clock. */
    @TestConfiguration(proxyBeanMethods = false)
    static class FixedClock {
        @Bean
        Clock clock() {
            return Clock.fixed(NOW, ZoneOffset.UTC);
        }
    }
}
