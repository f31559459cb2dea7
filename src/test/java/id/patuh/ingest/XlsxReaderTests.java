package id.patuh.ingest;

import static id.patuh.ingest.IngestFixtures.KEMLAGI;
import static id.patuh.ingest.IngestFixtures.read;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import id.patuh.cases.ActivityEvent;
import id.patuh.cases.DataKind;
import id.patuh.cases.IndicatorRecord;

class XlsxReaderTests {

    private static final List<Object> HEADER = List.of("Event_ID", "sop_code", "case_id", "unit", "step_no",
            "actor_role", "started_at", "finished_at", "output", "catatan");

    private static List<Object> row(Object... cells) {
        return new ArrayList<>(Arrays.asList(cells));
    }

    @Test
    void readsTheFirstSheetWithNumbersAsPlainDecimalsAndDateCellsAsLocalTimes() {
        byte[] book = XlsxFixtures.workbook("kegiatan", List.of(HEADER,
                row("x1", KEMLAGI, "c1", "kec-kemlagi", 1, "Camat", LocalDateTime.of(2026, 11, 2, 10, 0),
                        "02/11/2026 11:30", "Dokumen", "bebas"),
                row(),
                row("x2", KEMLAGI, "c1", "kec-kemlagi", 2.0, "Sekcam", "2026-11-02T12:00:00+07:00", null, 0.1 + 0.2)));

        var read = read(DataKind.ACTIVITIES, InputFormat.XLSX, book);

        assertThat(read.errors()).isEmpty();
        assertThat(read.rows()).extracting(SourceRow::line, r -> r.get("event_id"), r -> r.get("step_no"),
                r -> r.get("started_at"), r -> r.get("finished_at"), r -> r.get("output"))
                .containsExactly(
                        tuple(2L, "x1", "1", "2026-11-02T10:00", "02/11/2026 11:30", "Dokumen"),
                        tuple(4L, "x2", "2", "2026-11-02T12:00:00+07:00", null, "0.3"));
        assertThat(read.warnings()).singleElement()
                .satisfies(w -> assertThat(w.messageEn()).contains("unknown columns ignored: catatan"));
    }

    @Test
    void theDateCellIsReadInTheUnitsZoneLikeAnyTimeWithoutOffset() {
        byte[] book = XlsxFixtures.workbook("kegiatan", List.of(HEADER,
                row("x1", KEMLAGI, "c1", "kec-kemlagi", 1, "Camat", LocalDateTime.of(2026, 11, 2, 10, 0))));
        var wita = new RowValidator(IngestFixtures.CATALOG, unit -> ZoneId.of("Asia/Makassar"), IngestFixtures.LIMITS);

        var event = (ActivityEvent) wita.validate(DataKind.ACTIVITIES,
                read(DataKind.ACTIVITIES, InputFormat.XLSX, book).rows().get(0)).record();

        assertThat(event.startedAt()).isEqualTo(Instant.parse("2026-11-02T02:00:00Z"));
    }

    @Test
    void skipsUntouchedTemplateRowsWithOneWarning() {
        byte[] book = XlsxFixtures.workbook("kegiatan", List.of(HEADER,
                row(null, KEMLAGI, null, "kec-kemlagi", 1, "Camat"),
                row(null, KEMLAGI, null, "kec-kemlagi", 2, "Sekcam"),
                row("x3", KEMLAGI, "c1", "kec-kemlagi", 3, "Staff", "2026-11-02T12:00")));

        var read = read(DataKind.ACTIVITIES, InputFormat.XLSX, book);

        assertThat(read.rowLines()).containsExactly(4L);
        assertThat(read.warnings()).extracting(RowWarning::messageEn)
                .anySatisfy(m -> assertThat(m).contains("2 template reference rows", "\"kegiatan\""));
    }

    @Test
    void rowErrorsNameTheSheetAndTheRowAsExcelShowsThem(@TempDir Path dir) throws Exception {
        byte[] book = XlsxFixtures.workbook("Log Januari", List.of(HEADER,
                row("x1", KEMLAGI, "c1", "kec-kemlagi", 1, "Camat", "2026-11-02T10:00"),
                row("x2", KEMLAGI, "c1", "kec-kemlagi", 1.5, "Camat", "kemarin")));
        Path file = dir.resolve("log.xlsx");
        Files.write(file, book);

        IngestReport report = new OfflineIngest(IngestFixtures.CATALOG, unit -> ZoneId.of("Asia/Jakarta"))
                .read(DataKind.ACTIVITIES, file);

        assertThat(report.accepted()).isEqualTo(1);
        assertThat(report.errors()).singleElement().satisfies(e -> {
            assertThat(e.line()).isEqualTo(3);
            assertThat(e.reason()).startsWith("lembar \"Log Januari\" baris 3: ").contains("step_no", "\"1.5\"",
                    "started_at", "\"kemarin\"");
            assertThat(e.reasonEn()).startsWith("sheet \"Log Januari\" row 3: ");
        });
    }

    @Test
    void aHeaderWithoutTheRequiredColumnsStopsTheFileNamingTheSheet() {
        byte[] book = XlsxFixtures.workbook("data", List.of(List.of("event_id", "unit"), row("x1", "kec-kemlagi")));

        var read = read(DataKind.ACTIVITIES, InputFormat.XLSX, book);

        assertThat(read.rows()).isEmpty();
        assertThat(read.errors()).singleElement().satisfies(e -> {
            assertThat(e.line()).isEqualTo(1);
            assertThat(e.reason()).startsWith("lembar \"data\" baris 1: kolom wajib tidak ada").contains("sop_code");
        });
    }

    @Test
    void aFileThatIsNotAWorkbookIsOneClearError() {
        var read = read(DataKind.ACTIVITIES, InputFormat.XLSX, "event_id,unit\n1,2\n");

        assertThat(read.rows()).isEmpty();
        assertThat(read.errors()).singleElement()
                .satisfies(e -> assertThat(e.reasonEn()).startsWith("not a readable Excel .xlsx file"));
    }

    @Test
    void anOverLongCellIsRefusedNamingItsColumn() {
        byte[] book = XlsxFixtures.workbook("kegiatan", List.of(HEADER,
                row("x1", KEMLAGI, "c1", "kec-kemlagi", 1, "Camat", "2026-11-02T10:00", null, "A".repeat(2001))));

        var read = read(DataKind.ACTIVITIES, InputFormat.XLSX, book);

        assertThat(read.errors()).singleElement().satisfies(e -> {
            assertThat(e.field()).isEqualTo("output");
            assertThat(e.reasonEn()).contains("sheet \"kegiatan\" row 2", "2001 characters");
        });
    }

    @Test
    void readsIndicatorDecimalsExactlyAsTyped() {
        byte[] book = XlsxFixtures.workbook("indikator", List.of(
                List.of("record_id", "unit", "indicator_code", "period", "target_period", "realization"),
                row("r1", "kec-kemlagi", "IKU-1", "2026-Q1", 25, 24.5)));

        var outcome = read(DataKind.INDICATORS, InputFormat.XLSX, book).validated(DataKind.INDICATORS);

        assertThat(outcome.records(IndicatorRecord.class)).singleElement().satisfies(r -> {
            assertThat(r.targetPeriod()).isEqualByComparingTo("25");
            assertThat(r.realization()).isEqualByComparingTo("24.5");
        });
    }

    @Test
    void aCraftedHugeNumberCellIsARowErrorNamingItsFieldNotAnExpandedNumber() throws IOException {
        byte[] book = XlsxFixtures.workbook("indikator", List.of(
                List.of("record_id", "unit", "indicator_code", "period", "target_period", "realization"),
                row("r1", "kec-kemlagi", "IKU-1", "2026-Q1", 25, 777),
                row("r2", "kec-kemlagi", "IKU-2", "2026-Q1", 25, 24.5)));
        // POI cannot write 1e999999999 (a double): the sheet's XML is edited as a hostile file would be
        byte[] crafted = replaceInSheet(book, "<v>777.0</v>", "<v>1e999999999</v>");

        var outcome = read(DataKind.INDICATORS, InputFormat.XLSX, crafted).validated(DataKind.INDICATORS);

        assertThat(outcome.errors()).singleElement().satisfies(e -> {
            assertThat(e.field()).isEqualTo("realization");
            assertThat(e.reasonEn()).contains("realization", "1e999999999");
        });
        assertThat(outcome.records(IndicatorRecord.class)).extracting(IndicatorRecord::recordId).containsExactly("r2");
    }

    private static byte[] replaceInSheet(byte[] book, String from, String to) throws IOException {
        var out = new ByteArrayOutputStream();
        boolean replaced = false;
        try (var in = new ZipInputStream(new ByteArrayInputStream(book)); var zip = new ZipOutputStream(out)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                byte[] bytes = in.readAllBytes();
                if (entry.getName().startsWith("xl/worksheets/")) {
                    String xml = new String(bytes, StandardCharsets.UTF_8);
                    replaced |= xml.contains(from);
                    bytes = xml.replace(from, to).getBytes(StandardCharsets.UTF_8);
                }
                zip.putNextEntry(new ZipEntry(entry.getName()));
                zip.write(bytes);
                zip.closeEntry();
            }
        }
        assertThat(replaced).as("the fixture holds the cell to replace").isTrue();
        return out.toByteArray();
    }
}
