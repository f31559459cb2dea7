package id.patuh.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import id.patuh.cases.ActivityEvent;
import id.patuh.cases.DataKind;

/**
 * Mutated interchange files (truncated, bytes and quotes inserted, columns swapped, nesting
 * broken, huge cells, other encodings) through the readers and a whole ingest run. Nothing may
 * throw: every row the reader saw is stored once, counted as a duplicate or update, or
 * rejected with its line; and the same file imported again stores nothing new.
 */
class ReaderFuzzTests {

    /** A seed input and the edits made to it. */
    record Fuzzed(FuzzCorpus.Seed seed, List<FuzzMutation> mutations) {

        byte[] body() {
            byte[] body = seed.body();
            for (FuzzMutation mutation : mutations) {
                body = mutation.apply(body);
            }
            return body;
        }

        @Override
        public String toString() {
            return seed + " " + seed.kind() + "/" + seed.format() + " with " + mutations;
        }
    }

    @Provide
    static Arbitrary<Fuzzed> fuzzed() {
        return Combinators.combine(Arbitraries.of(FuzzCorpus.SEEDS), FuzzMutation.any().list().ofMinSize(1).ofMaxSize(4))
                .as(Fuzzed::new);
    }

    @Property(tries = 400)
    void everyRowIsStoredOnceOrRejectedWithItsLine(@ForAll("fuzzed") Fuzzed input) throws IOException {
        byte[] body = input.body();
        long lastLine = physicalLines(body);
        MemoryRecordStore store = new MemoryRecordStore();

        Counting first = new Counting(open(input.seed(), body));
        // a small batch size puts batch boundaries inside every file
        IngestReport report = run(input.seed().kind(), first, store);

        assertThat(report.stoppedBecause()).isNull();
        assertThat(report.accepted() + report.updated() + report.duplicates() + report.rejected())
                .as("rows accounted for").isEqualTo(first.items);
        assertThat(report.errors()).hasSize(Math.toIntExact(report.rejected()));
        assertThat(first.lines).allSatisfy(line -> assertThat(line).isBetween(1L, lastLine));
        assertThat(report.errors()).allSatisfy(e -> {
            assertThat(e.line()).isBetween(1L, lastLine);
            assertThat(e.reason()).isNotBlank();
            assertThat(e.reasonEn()).isNotBlank();
        });
        assertThat(storedRecords(store)).as("records stored").isEqualTo(report.accepted());

        Counting second = new Counting(open(input.seed(), body));
        IngestReport again = run(input.seed().kind(), second, store);

        assertThat(second.items).as("the same body reads the same").isEqualTo(first.items);
        assertThat(again.accepted()).as("accepted when sent again").isZero();
        assertThat(again.accepted() + again.updated() + again.duplicates() + again.rejected()).isEqualTo(second.items);
        assertThat(storedRecords(store)).as("records stored after sending again").isEqualTo(report.accepted());
    }

    /** Found by the property above: the JDK's StAX parser threw MissingResourceException. */
    @Example
    void aControlCharacterInADtdIsAnXesErrorOnItsLine() {
        var read = IngestFixtures.read(DataKind.ACTIVITIES, InputFormat.XES, CONTROL_CHARACTER_IN_DTD);

        assertThat(read.rows()).isEmpty();
        assertThat(read.errors()).singleElement().satisfies(e -> {
            assertThat(e.line()).isEqualTo(3);
            assertThat(e.reason()).startsWith("XES tidak valid: ");
            assertThat(e.reasonEn()).startsWith("invalid XES: ");
        });
    }

    static final String CONTROL_CHARACTER_IN_DTD = """
            <?xml version="1.0" encoding="UTF-8"?>
            <!DOCTYPE log [
              \u0000<!ENTITY secret SYSTEM "file:///etc/passwd">
            ]>
            <log xes.version="1849-2016"/>
            """;

    /** Found by the property above: Jackson read this as UTF-32 and threw CharConversionException. */
    @Example
    void aJsonBodyThatLooksLikeBrokenUtf32IsAnErrorNotACrash() {
        var read = IngestFixtures.read(DataKind.ACTIVITIES, InputFormat.JSON, BROKEN_UTF32_JSON);

        assertThat(read.rows()).isEmpty();
        assertThat(read.errors()).singleElement().satisfies(e -> {
            assertThat(e.line()).isPositive();
            // our own words, not the parser's (issue 19: no parser internals in row errors)
            assertThat(e.reason()).isEqualTo("JSON tidak valid: bukan UTF-8; simpan berkas sebagai UTF-8");
            assertThat(e.reasonEn()).isEqualTo("invalid JSON: not UTF-8; save the file as UTF-8");
        });
    }

    /** "[", a line break and half a character, in UTF-32LE (a JSON file saved as UTF-16 twice). */
    static final byte[] BROKEN_UTF32_JSON = {'[', 0, 0, 0, '\n', 0, 0, 0, '{', 0};

    /** Found by the property above: a trace attribute without a key threw NullPointerException. */
    @Example
    void aTraceAttributeWithoutAKeyIsIgnored() {
        String xes = """
                <?xml version="1.0" encoding="UTF-8"?>
                <log xes.version="1849-2016" xmlns="http://www.xes-standard.org/">
                <trace>
                  <string kex="concept:name" value="k1"/>
                  <string key="concept:name" value="k1"/>
                  <string key="sop_code" value="kemlagi-pengumpulan-data-kinerja"/>
                  <string key="unit"/>
                  <string key="unit" value="kec-kemlagi"/>
                  <event>
                    <string key="event_id" value="e1"/><int key="step_no" value="1"/>
                    <string key="org:role" value="Camat"/>
                    <date key="time:timestamp" value="2024-04-01T08:00:00+07:00"/>
                    <string key="lifecycle:transition" value="start"/>
                  </event>
                </trace>
                </log>
                """;

        var outcome = IngestFixtures.read(DataKind.ACTIVITIES, InputFormat.XES, xes).validated(DataKind.ACTIVITIES);

        assertThat(outcome.errors()).isEmpty();
        assertThat(outcome.records(ActivityEvent.class)).singleElement()
                .satisfies(e -> assertThat(e.caseId() + " " + e.unit()).isEqualTo("k1 kec-kemlagi"));
    }

    private static RowReader open(FuzzCorpus.Seed seed, byte[] body) {
        return RowReaders.open(seed.kind(), seed.format(), new ByteArrayInputStream(body), IngestFixtures.LIMITS);
    }

    private static IngestReport run(DataKind kind, RowReader reader, MemoryRecordStore store) throws IOException {
        try (reader) {
            return new IngestRun(kind, reader, IngestFixtures.validator(), store, 3, Long.MAX_VALUE, null,
                    IngestListener.NONE).run("fuzz");
        }
    }

    private static long storedRecords(MemoryRecordStore store) {
        return store.cases().stream().mapToLong(c -> c.events().size()).sum()
                + store.subjects().stream().mapToLong(s -> s.records().size() + s.requests().size()).sum();
    }

    /** An upper bound of the lines a parser can count: every LF and every CR ends one. */
    private static long physicalLines(byte[] body) {
        long breaks = 0;
        for (byte b : body) {
            if (b == '\n' || b == '\r') {
                breaks++;
            }
        }
        return breaks + 1;
    }

    /** A reader that counts what it yields and remembers the line of each. */
    static final class Counting implements RowReader {

        private final RowReader reader;
        final List<Long> lines = new ArrayList<>();
        long items;

        Counting(RowReader reader) {
            this.reader = reader;
        }

        @Override
        public ReadResult next() {
            ReadResult next = reader.next();
            if (next != null) {
                items++;
                lines.add(next instanceof SourceRow row ? row.line() : ((RowError) next).line());
            }
            return next;
        }

        @Override
        public List<RowWarning> warnings() {
            return reader.warnings();
        }

        @Override
        public void close() throws IOException {
            reader.close();
        }
    }
}
