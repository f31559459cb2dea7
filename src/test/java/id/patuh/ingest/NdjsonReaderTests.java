package id.patuh.ingest;

import static id.patuh.ingest.IngestFixtures.read;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import id.patuh.cases.DataKind;

class NdjsonReaderTests {

    private static IngestFixtures.Read ndjson(String body) {
        return read(DataKind.REQUESTS, InputFormat.NDJSON, body);
    }

    @Test
    void readsOneObjectPerLineSkippingBlankLines() {
        var read = ndjson("{\"request_id\": \"q1\", \"period\": 2024}\n\n   \r\n{\"request_id\": \"q2\"}\r\n");

        assertThat(read.rows()).extracting(SourceRow::line, r -> r.get("request_id"))
                .containsExactly(tuple(1L, "q1"), tuple(4L, "q2"));
        assertThat(read.rows().get(0).get("period")).isEqualTo("2024");
        assertThat(read.errors()).isEmpty();
    }

    @Test
    void rejectsABadLineAndGoesOnWithTheNext() {
        var read = ndjson("{\"request_id\": \"q1\"}\n{\"request_id\": \"q2\",\n{\"request_id\": \"q3\"}\n");

        assertThat(read.errors()).singleElement().satisfies(e -> {
            assertThat(e.line()).isEqualTo(2);
            assertThat(e.reasonEn()).startsWith("invalid JSON");
        });
        assertThat(read.rowLines()).containsExactly(1L, 3L);
    }

    @Test
    void rejectsTwoObjectsOnOneLine() {
        var read = ndjson("{\"request_id\": \"q1\"} {\"request_id\": \"q2\"}\n");

        assertThat(read.rows()).isEmpty();
        assertThat(read.errors()).singleElement().satisfies(e -> assertThat(e.line()).isEqualTo(1));
    }

    @Test
    void rejectsALineThatIsNotAnObject() {
        var read = ndjson("[1, 2]\n{\"request_id\": \"q2\"}\n");

        assertThat(read.errors()).singleElement().satisfies(e -> {
            assertThat(e.line()).isEqualTo(1);
            assertThat(e.reasonEn()).contains("not a JSON object");
        });
        assertThat(read.rowLines()).containsExactly(2L);
    }

    @Test
    void rejectsALineWithInvalidUtf8AndKeepsTheOthers() {
        byte[] body = CsvReaderTests.concat("{\"request_id\": \"q1\"}\n{\"request_id\": \"q\"".getBytes(StandardCharsets.UTF_8),
                new byte[] {(byte) 0xC3, (byte) 0x28}, "}\n{\"request_id\": \"q3\"}\n".getBytes(StandardCharsets.UTF_8));

        var read = read(DataKind.REQUESTS, InputFormat.NDJSON, body);

        assertThat(read.errors()).singleElement().satisfies(e -> {
            assertThat(e.line()).isEqualTo(2);
            assertThat(e.reasonEn()).contains("not UTF-8");
        });
        assertThat(read.rowLines()).containsExactly(1L, 3L);
    }

    @Test
    void reportsAnEmptyBody() {
        assertThat(ndjson("\n\n").errors()).singleElement()
                .satisfies(e -> assertThat(e.reason()).isEqualTo("berkas kosong"));
    }

    @Test
    void readsAnEndlessStreamLineByLine() {
        var endless = new CsvReaderTests.EndlessInput("", "{\"request_id\": \"q\"}\n");

        try (RowReader reader = RowReaders.open(DataKind.REQUESTS, InputFormat.NDJSON, endless, IngestFixtures.LIMITS)) {
            for (int i = 0; i < 1000; i++) {
                assertThat(reader.next()).isInstanceOf(SourceRow.class);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
