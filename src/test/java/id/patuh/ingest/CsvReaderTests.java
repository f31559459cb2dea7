package id.patuh.ingest;

import static id.patuh.ingest.IngestFixtures.read;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import id.patuh.cases.DataKind;

class CsvReaderTests {

    private static final String HEADER = "event_id,sop_code,case_id,unit,step_no,actor_role,started_at\n";
    private static final String ROW = ",kemlagi-pengumpulan-data-kinerja,c1,kec-kemlagi,1,Camat,2024-04-01T08:00:00+07:00\n";

    private static IngestFixtures.Read csv(String body) {
        return read(DataKind.ACTIVITIES, InputFormat.CSV, body);
    }

    @Test
    void readsColumnsCaseInsensitivelyTrimmedAndInAnyOrder() {
        var read = csv(" Started_At ,UNIT,actor_role,step_no,case_id,sop_code,Event_Id\n"
                + "2024-04-01T08:00:00+07:00,kec-kemlagi,Camat,1,c1,kemlagi-pengumpulan-data-kinerja,e1\n");

        assertThat(read.rows()).singleElement().satisfies(row -> {
            assertThat(row.line()).isEqualTo(2);
            assertThat(row.get("event_id")).isEqualTo("e1");
            assertThat(row.get("started_at")).isEqualTo("2024-04-01T08:00:00+07:00");
        });
        assertThat(read.errors()).isEmpty();
        assertThat(read.warnings()).isEmpty();
    }

    @Test
    void givesEachRowThePhysicalLineItStartsOn() {
        var read = csv(HEADER + "e1" + ROW + "\n"
                + "e2,kemlagi-pengumpulan-data-kinerja,\"case\nwith\r\nbreaks\",kec-kemlagi,1,Camat,2024-04-01T08:00:00Z\n"
                + "e3" + ROW);

        assertThat(read.rows()).extracting(SourceRow::line, r -> r.get("event_id"))
                .containsExactly(tuple(2L, "e1"), tuple(4L, "e2"), tuple(7L, "e3"));
        assertThat(read.rows().get(1).fields().get("case_id")).isEqualTo("case\nwith\r\nbreaks");
    }

    @Test
    void stripsByteOrderMarkAndReadsCrlfLines() {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        String body = (HEADER + "e1" + ROW + "e2" + ROW).replace("\n", "\r\n");
        byte[] bytes = concat(bom, body.getBytes(StandardCharsets.UTF_8));

        var read = read(DataKind.ACTIVITIES, InputFormat.CSV, bytes);

        assertThat(read.rowLines()).containsExactly(2L, 3L);
        assertThat(read.rows().get(0).fields()).containsKey("event_id").containsEntry("started_at",
                "2024-04-01T08:00:00+07:00");
    }

    @Test
    void warnsOnceAboutUnknownColumnsAndPassesThemOn() {
        var read = csv(HEADER.strip() + ",catatan,Lampiran\n" + "e1" + ROW.strip() + ",ok,x\n" + "e2" + ROW.strip() + ",,\n");

        assertThat(read.warnings()).singleElement().satisfies(w -> {
            assertThat(w.line()).isEqualTo(1);
            assertThat(w.message()).contains("catatan", "lampiran");
            assertThat(w.messageEn()).contains("unknown columns");
        });
        assertThat(read.rows()).hasSize(2);
        assertThat(read.rows().get(0).get("catatan")).isEqualTo("ok");
    }

    @Test
    void rejectsTheFileWithOneErrorNamingTheMissingRequiredColumns() {
        var read = csv("event_id,sop_code,unit,actor_role\ne1,s,kec-kemlagi,Camat\n");

        assertThat(read.rows()).isEmpty();
        assertThat(read.errors()).singleElement().satisfies(e -> {
            assertThat(e.line()).isEqualTo(1);
            assertThat(e.field()).isNull();
            assertThat(e.reason()).contains("case_id", "step_no", "started_at");
            assertThat(e.reasonEn()).contains("required columns missing");
        });
    }

    @Test
    void readsSemicolonSeparatedSpreadsheetExportsAndSaysSo() {
        var read = csv(HEADER.replace(',', ';') + "e1;s;c1;kec-kemlagi;1;\"Camat; Sekcam\";02/11/2026 10:00\n"
                + "e2;s;\"c;2\";kec-kemlagi;1;Camat;2024-04-01T08:00:00Z\n");

        assertThat(read.errors()).isEmpty();
        assertThat(read.rows()).extracting(r -> r.get("actor_role"), r -> r.get("case_id"), r -> r.get("started_at"))
                .containsExactly(tuple("Camat; Sekcam", "c1", "02/11/2026 10:00"),
                        tuple("Camat", "c;2", "2024-04-01T08:00:00Z"));
        assertThat(read.warnings()).singleElement().satisfies(w -> {
            assertThat(w.line()).isEqualTo(1);
            assertThat(w.messageEn()).contains("semicolon");
        });
    }

    @Test
    void keepsCommaSeparationWhenTheHeaderHasMoreCommasThanSemicolons() {
        var read = csv(HEADER + "e1" + ROW.replace("Camat", "\"Camat;Sekcam\""));

        assertThat(read.errors()).isEmpty();
        assertThat(read.rows()).singleElement().satisfies(r -> assertThat(r.get("actor_role")).isEqualTo("Camat;Sekcam"));
        assertThat(read.warnings()).isEmpty();
    }

    @Test
    void rejectsAHeaderThatNamesAColumnTwice() {
        var read = csv(HEADER.strip() + ",Unit\n" + "e1" + ROW);

        assertThat(read.rows()).isEmpty();
        assertThat(read.errors()).singleElement().satisfies(e -> assertThat(e.reason()).contains("kolom ganda: unit"));
    }

    @Test
    void reportsAnEmptyFileAndYieldsNothingForAHeaderAlone() {
        assertThat(csv("").errors()).singleElement()
                .satisfies(e -> assertThat(e.reason() + " / " + e.reasonEn()).isEqualTo("berkas kosong / empty file"));
        assertThat(csv(HEADER).results()).isEmpty();
    }

    @Test
    void rejectsRowWithMoreCellsThanTheHeaderAndLeavesMissingCellsBlank() {
        var read = csv(HEADER + "e1" + ROW.strip() + ",surplus\n" + "e2,kemlagi-pengumpulan-data-kinerja,c1\n");

        assertThat(read.errors()).singleElement().satisfies(e -> {
            assertThat(e.line()).isEqualTo(2);
            assertThat(e.id()).isEqualTo("e1");
            assertThat(e.field()).isNull();
        });
        assertThat(read.rows()).singleElement().satisfies(row -> {
            assertThat(row.line()).isEqualTo(3);
            assertThat(row.get("unit")).isNull();
        });
    }

    @Test
    void rejectsOnlyTheRowWithMalformedQuotingAndReadsOn() {
        var read = csv(HEADER + "e1" + ROW + "e2,\"kemlagi\"x,c1,kec-kemlagi,1,Camat,t\n" + "e3" + ROW);

        assertThat(read.errors()).singleElement().satisfies(e -> {
            assertThat(e.line()).isEqualTo(3);
            assertThat(e.field()).isNull();
            assertThat(e.reasonEn()).contains("malformed quoting");
        });
        assertThat(read.rowLines()).containsExactly(2L, 4L);
    }

    @Test
    void stopsAtAnUnclosedQuoteReportingTheLineWhereItsRowStarted() {
        var read = csv(HEADER + "e1" + ROW + "e2,\"kemlagi,c1\n" + "e3" + ROW + "e4" + ROW);

        assertThat(read.rowLines()).containsExactly(2L);
        assertThat(read.errors()).singleElement().satisfies(e -> {
            assertThat(e.line()).isEqualTo(3);
            assertThat(e.reasonEn()).contains("not closed");
        });
    }

    @Test
    void rejectsTheRowWithInvalidUtf8NamingTheField() {
        byte[] body = concat((HEADER.strip() + ",output\n" + "e1" + ROW.strip() + ",ok\n" + "e2" + ROW.strip() + ",caf")
                        .getBytes(StandardCharsets.UTF_8),
                new byte[] {(byte) 0xE9}, ("\n" + "e3" + ROW.strip() + ",ok\n").getBytes(StandardCharsets.UTF_8));

        var read = read(DataKind.ACTIVITIES, InputFormat.CSV, body);

        assertThat(read.errors()).singleElement().satisfies(e -> {
            assertThat(e.line()).isEqualTo(3);
            assertThat(e.field()).isEqualTo("output");
            assertThat(e.id()).isEqualTo("e2");
            assertThat(e.reasonEn()).contains("not UTF-8");
        });
        assertThat(read.rowLines()).containsExactly(2L, 4L);
    }

    @Test
    void keepsARealNoncharacterApartFromInvalidBytes() {
        var read = csv(HEADER.strip() + ",output\n" + "e1" + ROW.strip() + ",x\uFFFFy\n");

        assertThat(read.errors()).isEmpty();
        assertThat(read.rows().get(0).get("output")).isEqualTo("x\uFFFDy");
    }

    @Test
    void rejectsACellLongerThanTheLimitNamingTheField() {
        String longCell = "A".repeat(IngestFixtures.LIMITS.maxFieldLength() + 1);
        var read = csv(HEADER.strip() + ",output\n" + "e1" + ROW.strip() + "," + longCell + "\n" + "e2" + ROW.strip() + ",ok\n");

        assertThat(read.errors()).singleElement().satisfies(e -> {
            assertThat(e.line()).isEqualTo(2);
            assertThat(e.field()).isEqualTo("output");
            assertThat(e.reason()).contains("terlalu panjang", "2001");
            assertThat(e.reason()).hasSizeLessThan(200);
        });
        assertThat(read.rowLines()).containsExactly(3L);
    }

    @Test
    void rejectsARowLongerThanTheRowLimitAndReadsOn() {
        String huge = "B".repeat(RowReaders.rowCharLimit(IngestFixtures.LIMITS.maxFieldLength()) + 10);
        var read = csv(HEADER + "e1" + ROW.strip() + "," + huge + "\n" + "e2" + ROW);

        assertThat(read.errors()).singleElement().satisfies(e -> {
            assertThat(e.line()).isEqualTo(2);
            assertThat(e.reasonEn()).startsWith("row too long");
        });
        assertThat(read.rowLines()).containsExactly(3L);
    }

    @Test
    void skipsBlankLinesAndRowsOfEmptyCells() {
        var read = csv(HEADER + "\n" + "e1" + ROW + ",,,,,,\n\r\n" + "e2" + ROW);

        assertThat(read.rowLines()).containsExactly(3L, 6L);
        assertThat(read.errors()).isEmpty();
    }

    @Test
    void readsAnEndlessBodyRowByRow() {
        InputStream endless = new EndlessInput(HEADER, "e" + ROW);

        try (RowReader reader = RowReaders.open(DataKind.ACTIVITIES, InputFormat.CSV, endless, IngestFixtures.LIMITS)) {
            for (int i = 0; i < 1000; i++) {
                assertThat(reader.next()).isInstanceOf(SourceRow.class);
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    static byte[] concat(byte[]... parts) {
        var out = new java.io.ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }

    /** A body that never ends: a head, then one line repeated forever. */
    static final class EndlessInput extends InputStream {

        private final byte[] head;
        private final byte[] line;
        private long position;

        EndlessInput(String head, String line) {
            this.head = head.getBytes(StandardCharsets.UTF_8);
            this.line = line.getBytes(StandardCharsets.UTF_8);
        }

        @Override
        public int read() {
            long p = position++;
            return p < head.length ? head[(int) p] : line[(int) ((p - head.length) % line.length)];
        }
    }
}
