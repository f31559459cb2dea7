package id.patuh.ingest;

import static id.patuh.ingest.IngestFixtures.read;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;

import org.junit.jupiter.api.Test;

import id.patuh.cases.DataKind;

class JsonReaderTests {

    private static IngestFixtures.Read json(String body) {
        return read(DataKind.INDICATORS, InputFormat.JSON, body);
    }

    @Test
    void givesEachObjectTheLineItStartsOn() {
        var read = json("""
                [
                  {"record_id": "r1", "unit": "kec-kemlagi", "indicator_code": "IKU-1", "period": "2024"},
                  {
                    "record_id": "r2",
                    "unit": "kec-kemlagi", "indicator_code": "IKU-1", "period": "2024-Q1"
                  }
                ]
                """);

        assertThat(read.rowLines()).containsExactly(2L, 3L);
        assertThat(read.errors()).isEmpty();
    }

    @Test
    void turnsNumbersAndBooleansIntoTheirPlainText() {
        var read = json("""
                [{"record_id": 17, "Realization": 12.5, "target_period": 12.50, "target_annual": 1E+3,
                  "direction": true, "level": null}]
                """);

        SourceRow row = read.rows().get(0);
        assertThat(row.fields())
                .containsEntry("record_id", "17")
                .containsEntry("realization", "12.5")
                .containsEntry("target_period", "12.50")
                .containsEntry("target_annual", "1000")
                .containsEntry("direction", "true")
                .doesNotContainKey("level");
    }

    @Test
    void joinsAKelengkapanArrayWithSemicolons() {
        var read = read(DataKind.ACTIVITIES, InputFormat.JSON, """
                [{"event_id": "e1", "kelengkapan": ["Nota Dinas", "Dokumen"]}]
                """);

        assertThat(read.rows().get(0).get("kelengkapan")).isEqualTo("Nota Dinas;Dokumen");
    }

    @Test
    void rejectsNestedValuesNamingTheFieldAndKeepsTheOtherObjects() {
        var read = json("""
                [
                  {"record_id": "r1", "period": "2024"},
                  {"record_id": "r2", "unit": {"$ne": null}, "realization": [1, 2]},
                  {"record_id": "r3", "period": "2024"}
                ]
                """);

        assertThat(read.errors()).extracting(RowError::line, RowError::field, RowError::id)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(3L, "unit", "r2"),
                        org.assertj.core.groups.Tuple.tuple(3L, "realization", "r2"));
        assertThat(read.errors().get(0).reasonEn()).contains("not an object", "$ne");
        assertThat(read.rowLines()).containsExactly(2L, 4L);
    }

    @Test
    void stopsAtASyntaxErrorOnItsLineKeepingEarlierObjects() {
        var read = json("""
                [
                  {"record_id": "r1"},
                  {"record_id": "r2"
                   "period": "2024"},
                  {"record_id": "r3"}
                ]
                """);

        assertThat(read.rowLines()).containsExactly(2L);
        assertThat(read.errors()).singleElement().satisfies(e -> {
            assertThat(e.line()).isEqualTo(4);
            assertThat(e.reasonEn()).startsWith("invalid JSON");
        });
    }

    @Test
    void rejectsABodyThatIsNotAnArray() {
        var read = json("{\"record_id\": \"r1\"}");

        assertThat(read.rows()).isEmpty();
        assertThat(read.errors()).singleElement()
                .satisfies(e -> assertThat(e.reasonEn()).contains("must be a JSON array"));
    }

    @Test
    void reportsElementsThatAreNotObjects() {
        var read = json("[{\"record_id\": \"r1\"}, 42,\n{\"record_id\": \"r2\"}]");

        assertThat(read.errors()).singleElement().satisfies(e -> assertThat(e.reasonEn()).contains("not a JSON object"));
        assertThat(read.rowLines()).containsExactly(1L, 2L);
    }

    @Test
    void reportsAnEmptyBodyButNotAnEmptyArray() {
        assertThat(json("").errors()).singleElement().satisfies(e -> assertThat(e.reasonEn()).isEqualTo("empty file"));
        assertThat(json("[ ]").results()).isEmpty();
    }

    @Test
    void warnsOnceForEachUnknownKey() {
        var read = json("[{\"record_id\": \"r1\", \"catatan\": \"a\"}, {\"record_id\": \"r2\", \"catatan\": \"b\"}]");

        assertThat(read.warnings()).singleElement().satisfies(w -> {
            assertThat(w.field()).isEqualTo("catatan");
            assertThat(w.id()).isEqualTo("r1");
        });
    }

    @Test
    void rejectsAValueLongerThanTheLimitNamingTheField() {
        var read = json("[{\"record_id\": \"r1\", \"indicator_name\": \"" + "x".repeat(5000) + "\"}]");

        assertThat(read.errors()).singleElement().satisfies(e -> assertThat(e.field()).isEqualTo("indicator_name"));
    }

    @Test
    void readsAnEndlessArrayOneObjectAtATime() {
        var endless = new CsvReaderTests.EndlessInput("[", "{\"record_id\": \"r\", \"period\": \"2024\"},\n");

        try (RowReader reader = RowReaders.open(DataKind.INDICATORS, InputFormat.JSON, endless, IngestFixtures.LIMITS)) {
            for (int i = 0; i < 1000; i++) {
                assertThat(reader.next()).isInstanceOf(SourceRow.class);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
