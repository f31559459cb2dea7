package id.patuh.ingest;

import static id.patuh.ingest.IngestFixtures.read;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import id.patuh.cases.DataKind;

/**
 * A JSON body the parser cannot read is a row error in our own words, naming line (and field
 * where there is one): never Jackson's message, its class names or a quote of the source.
 */
class JsonReadErrorsTests {

    /** Pieces of Jackson's own messages; none may reach a row error. */
    private static final List<String> PARSER_WORDS = List.of("Unexpected", "Source:", "[Source", "StreamReadConstraints",
            "com.fasterxml", "jackson", "exceeds the maximum", "nesting depth (", "Exception", "at [", "JsonToken",
            "REDACTED", "was expecting", "code 1");

    private static final String R1 = "{\"record_id\": \"r1\", \"period\": \"2024\"}";

    @Test
    void aDeeplyNestedArrayBodyEndsWithOurErrorKeepingEarlierRows() {
        var read = read(DataKind.INDICATORS, InputFormat.JSON,
                "[" + R1 + ",\n{\"record_id\": \"r2\", \"unit\": " + "[".repeat(100_000));

        assertThat(read.rows()).extracting(r -> r.get("record_id")).containsExactly("r1");
        assertThat(read.errors()).singleElement().satisfies(e -> {
            assertOurWords(e);
            assertThat(e.line()).isEqualTo(2);
            assertThat(e.field()).isEqualTo("unit");
            assertThat(e.reason()).contains("bersarang lebih dari " + RowReaders.MAX_JSON_DEPTH + " tingkat");
            assertThat(e.reasonEn()).contains("nested deeper than " + RowReaders.MAX_JSON_DEPTH + " levels");
        });
    }

    @Test
    void aDeeplyNestedLineCostsOnlyItself() {
        var read = read(DataKind.INDICATORS, InputFormat.NDJSON,
                R1 + "\n" + "{\"unit\": " + "{\"a\": ".repeat(5_000) + "\n" + R1.replace("r1", "r3") + "\n");

        assertThat(read.rowLines()).containsExactly(1L, 3L);
        assertThat(read.errors()).singleElement().satisfies(e -> {
            assertOurWords(e);
            assertThat(e.line()).isEqualTo(2);
            assertThat(e.reasonEn()).contains("nested deeper than");
        });
    }

    @Test
    void aTruncatedBodySaysItIsCutShort() {
        var array = read(DataKind.INDICATORS, InputFormat.JSON, "[" + R1 + ",\n{\"record_id\": \"r2\", \"period\":");
        var lines = read(DataKind.INDICATORS, InputFormat.NDJSON, R1 + "\n{\"record_id\": \"r2\", \"period\": \"20\n");

        assertThat(array.rowLines()).containsExactly(1L);
        assertThat(array.errors()).singleElement().satisfies(e -> {
            assertOurWords(e);
            assertThat(e.line()).isEqualTo(2);
            assertThat(e.reason()).isEqualTo("JSON tidak valid: terpotong, berakhir sebelum semua objek dan array ditutup");
        });
        assertThat(lines.rowLines()).containsExactly(1L);
        assertThat(lines.errors()).singleElement().satisfies(e -> {
            assertOurWords(e);
            assertThat(e.line()).isEqualTo(2);
        });
    }

    @Test
    void anUnexpectedCharacterIsNamedByLineAndColumn() {
        var read = read(DataKind.INDICATORS, InputFormat.JSON, "[" + R1 + ",\n  {\"record_id\": x}]");

        assertThat(read.errors()).singleElement().satisfies(e -> {
            assertOurWords(e);
            assertThat(e.reason()).startsWith("JSON tidak valid di baris 2, kolom 17");
            assertThat(e.reasonEn()).startsWith("invalid JSON at line 2, column 17");
        });
    }

    @Test
    void aNumberLongerThanTheParserReadsIsAnErrorOfItsField() {
        String digits = "9".repeat(RowReaders.rowCharLimit(IngestFixtures.LIMITS.maxFieldLength()) + 10);
        var read = read(DataKind.INDICATORS, InputFormat.JSON, "[" + R1 + ",\n{\"record_id\": \"r2\", \"realization\": "
                + digits + "}]");

        assertThat(read.rowLines()).containsExactly(1L);
        assertThat(read.errors()).singleElement().satisfies(e -> {
            assertOurWords(e);
            assertThat(e.field()).isEqualTo("realization");
            assertThat(e.reason()).startsWith("realization: angka di luar batas");
            assertThat(e.reasonEn()).startsWith("realization: number out of range");
        });
    }

    @Test
    void aStringLongerThanTheParserReadsIsAnErrorOfItsField() {
        String text = "x".repeat(RowReaders.rowCharLimit(IngestFixtures.LIMITS.maxFieldLength()) + 10);
        var read = read(DataKind.INDICATORS, InputFormat.JSON, "[" + R1 + ",\n{\"indicator_name\": \"" + text + "\"}]");

        assertThat(read.errors()).singleElement().satisfies(e -> {
            assertOurWords(e);
            assertThat(e.field()).isEqualTo("indicator_name");
            assertThat(e.reasonEn()).contains("too long");
        });
    }

    @Test
    void twoValuesOnALineAndAMissingCommaAreOurErrorsToo() {
        var twoValues = read(DataKind.INDICATORS, InputFormat.NDJSON, R1 + " " + R1 + "\n");
        var missingComma = read(DataKind.INDICATORS, InputFormat.NDJSON, "{\"record_id\": \"r1\" \"period\": 1}\n");

        assertThat(twoValues.errors()).singleElement().satisfies(e -> {
            assertOurWords(e);
            assertThat(e.reasonEn()).contains("more than one value on one line");
        });
        assertThat(missingComma.errors()).singleElement().satisfies(e -> {
            assertOurWords(e);
            assertThat(e.reasonEn()).startsWith("invalid JSON at line 1, column");
        });
    }

    @Test
    void anObjectSpanningMoreThanARowMayIsRefusedWhole() {
        int limit = RowReaders.rowCharLimit(IngestFixtures.LIMITS.maxFieldLength());
        StringBuilder wide = new StringBuilder("{\"record_id\": \"r2\"");
        for (int i = 0; wide.length() <= limit; i++) {
            wide.append(", \"k").append(i).append("\": \"").append("v".repeat(1000)).append('"');
        }
        var read = read(DataKind.INDICATORS, InputFormat.JSON, "[" + R1 + ",\n" + wide + "},\n" + R1 + "]");

        assertThat(read.rowLines()).containsExactly(1L, 3L);
        assertThat(read.errors()).singleElement().satisfies(e -> {
            assertOurWords(e);
            assertThat(e.line()).isEqualTo(2);
            assertThat(e.reasonEn()).isEqualTo("row too long (more than " + limit + " characters)");
        });
    }

    static void assertOurWords(RowError e) {
        for (String word : PARSER_WORDS) {
            assertThat(e.reason()).doesNotContainIgnoringCase(word);
            assertThat(e.reasonEn()).doesNotContainIgnoringCase(word);
        }
    }
}
