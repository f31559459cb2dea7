package id.patuh.ingest;

import static id.patuh.ingest.IngestFixtures.read;
import static id.patuh.ingest.IngestFixtures.resource;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import id.patuh.cases.ActivityEvent;
import id.patuh.cases.DataKind;
import id.patuh.cases.IndicatorRecord;

/**
 * The files under {@code ingest/bad/}: each bad row is rejected at its exact line and field,
 * and the good rows around it still come through.
 */
class BadInputCorpusTests {

    private static IngestFixtures.Outcome activities(InputFormat format, String file) {
        return read(DataKind.ACTIVITIES, format, resource(file)).validated(DataKind.ACTIVITIES);
    }

    private static IngestFixtures.Outcome indicators(String file) {
        return read(DataKind.INDICATORS, InputFormat.CSV, resource(file)).validated(DataKind.INDICATORS);
    }

    @Test
    void rejectsMalformedQuotingOnItsLineAndReadsOn() {
        var outcome = activities(InputFormat.CSV, "bad/malformed-quote.csv");

        assertThat(outcome.errors()).extracting(RowError::line, RowError::field).containsExactly(tuple(3L, null));
        assertThat(outcome.acceptedLines()).containsExactly(2L, 4L, 5L, 7L);
        assertThat(outcome.records(ActivityEvent.class).get(2).output()).isEqualTo("Dokumen\nhalaman 2");
    }

    @Test
    void stopsAtAnUnclosedQuoteKeepingTheRowsBefore() {
        var outcome = activities(InputFormat.CSV, "bad/unterminated-quote.csv");

        assertThat(outcome.errors()).extracting(RowError::line, RowError::field).containsExactly(tuple(4L, null));
        assertThat(outcome.acceptedIds()).containsExactly("e1", "e2");
    }

    @Test
    void rejectsTheLatin1RowNamingItsField() {
        var outcome = activities(InputFormat.CSV, "bad/latin1.csv");

        assertThat(outcome.errors()).extracting(RowError::line, RowError::field, RowError::id)
                .containsExactly(tuple(3L, "output", "e2"));
        assertThat(outcome.errors().get(0).reason()).contains("bukan UTF-8");
        assertThat(outcome.acceptedLines()).containsExactly(2L, 4L);
    }

    @Test
    void readsABomAndCrlfFile() {
        var outcome = activities(InputFormat.CSV, "good/bom-crlf.csv");

        assertThat(outcome.errors()).isEmpty();
        assertThat(outcome.acceptedIds()).containsExactly("bom-1", "bom-2");
        assertThat(outcome.acceptedLines()).containsExactly(2L, 3L);
    }

    @Test
    void reportsAnEmptyFileAtLineOne() {
        var read = read(DataKind.ACTIVITIES, InputFormat.CSV, resource("bad/empty.csv"));

        assertThat(read.errors()).extracting(RowError::line, RowError::field, RowError::reasonEn)
                .containsExactly(tuple(1L, null, "empty file"));
        assertThat(read.rows()).isEmpty();
    }

    @Test
    void yieldsNothingForAHeaderOnly() {
        assertThat(read(DataKind.ACTIVITIES, InputFormat.CSV, resource("bad/header-only.csv")).results()).isEmpty();
    }

    @Test
    void rejectsAFileMissingRequiredColumnsAtLineOne() {
        var read = read(DataKind.ACTIVITIES, InputFormat.CSV, resource("bad/missing-columns.csv"));

        assertThat(read.rows()).isEmpty();
        assertThat(read.errors()).singleElement().satisfies(e -> {
            assertThat(e.line()).isEqualTo(1);
            assertThat(e.field()).isNull();
            assertThat(e.reason()).isEqualTo("kolom wajib tidak ada: step_no, started_at");
        });
    }

    @Test
    void warnsAboutAnExtraColumnAndRejectsARowWithAnExtraCell() {
        var read = read(DataKind.ACTIVITIES, InputFormat.CSV, resource("bad/extra-columns.csv"));
        var outcome = read.validated(DataKind.ACTIVITIES);

        assertThat(read.warnings()).extracting(RowWarning::line).containsExactly(1L);
        assertThat(read.warnings().get(0).messageEn()).contains("catatan");
        assertThat(outcome.errors()).extracting(RowError::line, RowError::field, RowError::id)
                .containsExactly(tuple(3L, null, "e2"));
        assertThat(outcome.acceptedLines()).containsExactly(2L, 4L);
    }

    @Test
    void rejectsAHundredThousandCharacterFieldNamingIt() {
        String template = new String(resource("bad/long-field.csv.template"), StandardCharsets.UTF_8);
        byte[] body = template.replace("{{100000 x A}}", "A".repeat(100_000)).getBytes(StandardCharsets.UTF_8);

        var outcome = read(DataKind.ACTIVITIES, InputFormat.CSV, body).validated(DataKind.ACTIVITIES);

        assertThat(outcome.errors()).extracting(RowError::line, RowError::field, RowError::id)
                .containsExactly(tuple(3L, "output", "e2"));
        assertThat(outcome.errors().get(0).reasonEn()).contains("100000 characters, at most 2000");
        assertThat(outcome.acceptedLines()).containsExactly(2L, 4L);
    }

    @Test
    void rejectsBadTimestampsAndAFinishBeforeTheStart() {
        var outcome = activities(InputFormat.CSV, "bad/bad-timestamps.csv");

        assertThat(outcome.errors()).extracting(RowError::line, RowError::field)
                .containsExactly(tuple(3L, "started_at"), tuple(4L, "finished_at"), tuple(5L, "started_at"));
        assertThat(outcome.errors().get(0).reason()).contains("\"04/13/2024 09:15\"", "bulan 13");
        assertThat(outcome.acceptedLines()).containsExactly(2L, 6L);
    }

    @Test
    void letsBothRowsWithTheSameIdThroughForTheWriterToDecide() {
        var outcome = activities(InputFormat.CSV, "bad/duplicate-ids.csv");

        assertThat(outcome.errors()).isEmpty();
        assertThat(outcome.accepted()).extracting(ValidatedRow::line, v -> v.record().id())
                .containsExactly(tuple(2L, "e1"), tuple(3L, "e1"), tuple(4L, "e2"));
    }

    @Test
    void rejectsDecimalCommasNamingTheField() {
        var outcome = indicators("bad/decimal-comma.csv");

        assertThat(outcome.errors()).extracting(RowError::line, RowError::field)
                .containsExactly(tuple(3L, "realization"), tuple(4L, "target_period"));
        assertThat(outcome.errors().get(0).reason()).contains("\"1.234,5\"");
        assertThat(outcome.acceptedIds()).containsExactly("r1", "r4");
        assertThat(outcome.records(IndicatorRecord.class).get(0).realization()).isEqualByComparingTo("1234.5");
    }

    @Test
    void rejectsBadPeriods() {
        var outcome = indicators("bad/bad-period.csv");

        assertThat(outcome.errors()).extracting(RowError::line, RowError::field)
                .containsExactly(tuple(3L, "period"), tuple(4L, "period"));
        assertThat(outcome.acceptedLines()).containsExactly(2L, 5L);
    }

    @Test
    void rejectsOperatorAndPathKeysInJsonLines() {
        var read = read(DataKind.ACTIVITIES, InputFormat.NDJSON, resource("bad/dollar-where.ndjson"));
        var outcome = read.validated(DataKind.ACTIVITIES);

        assertThat(read.warnings()).isEmpty();
        assertThat(outcome.errors()).extracting(RowError::line, RowError::field)
                .containsExactly(tuple(3L, "$where"), tuple(4L, "unit.tenant"));
        assertThat(outcome.acceptedLines()).containsExactly(1L, 5L);
    }

    @Test
    void rejectsEveryRowOfACsvWithADollarWhereColumn() {
        var read = read(DataKind.ACTIVITIES, InputFormat.CSV, resource("bad/dollar-where.csv"));
        var outcome = read.validated(DataKind.ACTIVITIES);

        assertThat(read.warnings()).isEmpty();
        assertThat(outcome.errors()).extracting(RowError::line, RowError::field).containsExactly(tuple(2L, "$where"));
        assertThat(outcome.errors().get(0).reasonEn()).contains("must not start with \"$\"");
        assertThat(outcome.accepted()).isEmpty();
    }

    @Test
    void rejectsUnpairedXesEventsAndKeepsTheOthers() {
        var outcome = activities(InputFormat.XES, "bad/unpaired.xes");

        assertThat(outcome.errors()).extracting(RowError::line, RowError::field, RowError::id)
                .containsExactly(tuple(19L, "lifecycle:transition", "u2"));
        assertThat(outcome.acceptedIds()).containsExactly("u1", "u3", "u4");
        assertThat(outcome.records(ActivityEvent.class).get(1).finished()).isFalse();
    }

    @Test
    void stopsAtAJsonSyntaxErrorKeepingTheObjectsBefore() {
        var outcome = activities(InputFormat.JSON, "bad/bad-syntax.json");

        assertThat(outcome.errors()).extracting(RowError::line, RowError::field).containsExactly(tuple(9L, null));
        assertThat(outcome.acceptedIds()).containsExactly("j1", "j2");
    }

    @Test
    void rejectsANestedJsonValueNamingTheField() {
        var outcome = activities(InputFormat.JSON, "bad/nested.json");

        assertThat(outcome.errors()).extracting(RowError::line, RowError::field, RowError::id)
                .containsExactly(tuple(5L, "unit", "n2"));
        assertThat(outcome.acceptedIds()).containsExactly("n1", "n3");
        assertThat(outcome.records(ActivityEvent.class).get(0).kelengkapan()).containsExactly("Nota Dinas");
    }

    @Test
    void rejectsBadJsonLinesOneByOne() {
        var outcome = activities(InputFormat.NDJSON, "bad/bad-lines.ndjson");

        assertThat(outcome.errors()).extracting(RowError::line, RowError::field)
                .containsExactly(tuple(2L, null), tuple(5L, null), tuple(7L, null));
        assertThat(outcome.acceptedIds()).containsExactly("l1", "l3", "l6", "l8");
    }
}
