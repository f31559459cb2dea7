package id.patuh.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.core.io.ByteArrayResource;

import id.patuh.cases.DataKind;
import id.patuh.ingest.IngestProperties;
import id.patuh.ingest.InputFormat;
import id.patuh.ingest.ReadResult;
import id.patuh.ingest.RefusedRows;
import id.patuh.ingest.RowError;
import id.patuh.ingest.RowReader;
import id.patuh.ingest.RowReaders;
import id.patuh.ingest.SourceRow;

/** Refused rows read again from JSON and XES uploads, without Spring: the layout the CSV download gets. */
class ImportRefusedRowsTests {

    private static final IngestProperties LIMITS = IngestProperties.defaults();

    @Test
    void rowsOfAOneLineJsonArrayAreToldApartByTheirIds() {
        String json = "[{\"event_id\":\"j1\",\"step_no\":1,\"unit\":\"kec-kemlagi\"},"
                + "{\"event_id\":\"j2\",\"step_no\":\"dua\",\"unit\":\"kec-kemlagi\"}]";
        RefusedRows.Table table = RefusedRows.read(DataKind.ACTIVITIES, InputFormat.JSON, bytes(json),
                List.of(new RowError(1, "j2", "step_no", "step_no: harus bilangan bulat", "step_no: whole number")),
                LIMITS);

        assertThat(table.header()).startsWith("event_id", "sop_code", "case_id", "unit", "step_no");
        assertThat(table.rows()).singleElement().satisfies(row -> {
            assertThat(row.cells().get(0)).isEqualTo("j2");
            assertThat(row.cells().get(table.header().indexOf("step_no"))).isEqualTo("dua");
            assertThat(row.line()).isEqualTo(1);
            assertThat(row.reason()).contains("bilangan bulat");
        });
        assertThat(table.truncated()).isFalse();
    }

    @Test
    void xesEventsBecomeRowsOfTheActivityColumnsAndUnreadableLinesStayRawText() throws IOException {
        byte[] xes;
        try (InputStream in = getClass().getResourceAsStream("/ingest/good/kemlagi-two-cases.xes")) {
            xes = in.readAllBytes();
        }
        SourceRow first = firstRow(xes);
        RefusedRows.Table table = RefusedRows.read(DataKind.ACTIVITIES, InputFormat.XES, new ByteArrayResource(xes),
                List.of(new RowError(first.line(), first.get("event_id"), "unit", "unit: bukan wewenang Anda",
                        "unit: not yours"), new RowError(2, null, null, "baris rusak", "broken line")), LIMITS);

        assertThat(table.rows()).hasSize(2);
        assertThat(table.rows().get(0).line()).isEqualTo(2);
        assertThat(table.rows().get(0).cells()).singleElement().asString().startsWith("<!-- The same log");
        List<String> cells = table.rows().get(1).cells();
        assertThat(cells.get(table.header().indexOf("event_id"))).isEqualTo("kml-tw1-1");
        assertThat(cells.get(table.header().indexOf("actor_role"))).isEqualTo("Camat");
        assertThat(cells.get(table.header().indexOf("started_at"))).startsWith("2024-04-01T08:00");
        assertThat(cells.get(table.header().indexOf("finished_at"))).startsWith("2024-04-01T08:03");
    }

    private static SourceRow firstRow(byte[] xes) throws IOException {
        try (RowReader reader = RowReaders.open(DataKind.ACTIVITIES, InputFormat.XES,
                new java.io.ByteArrayInputStream(xes), LIMITS)) {
            for (ReadResult r = reader.next(); r != null; r = reader.next()) {
                if (r instanceof SourceRow row) {
                    return row;
                }
            }
        }
        throw new AssertionError("no row in the XES file");
    }

    private static ByteArrayResource bytes(String text) {
        return new ByteArrayResource(text.getBytes(StandardCharsets.UTF_8));
    }
}
