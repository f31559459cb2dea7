package id.patuh.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import id.patuh.cases.StoreKeys;
import id.patuh.reliability.DroppingStore;

/**
 * {@code import} writes into the configured store and prints one JSON report per file; when the
 * store goes away midway it says what was stored and exits with 75 (EX_TEMPFAIL).
 */
class ImportCommandTests {

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @RegisterExtension
    final TemporaryFileStore store = new TemporaryFileStore();

    @Test
    void importsAFileThenFindsEveryRowADuplicateOnTheSecondRun() throws Exception {
        Path csv = dir.resolve("activities.csv");
        Files.writeString(csv, "event_id,sop_code,case_id,unit,step_no,actor_role,started_at\n"
                + "cli-1,kemlagi-pengumpulan-data-kinerja,cli-case,kec-kemlagi,1,Camat,2024-04-01T08:00:00+07:00\n"
                + "cli-2,kemlagi-pengumpulan-data-kinerja,cli-case,kec-kemlagi,2,Sekcam,2024-04-01T09:00:00+07:00\n"
                + "cli-3,kemlagi-pengumpulan-data-kinerja,cli-case,kec-kemlagi,99,Sekcam,2024-04-01T09:00:00+07:00\n");

        assertThat(run("import", "activities", csv.toString())).isZero();
        JsonNode first = new ObjectMapper().readTree(out.toString());
        assertThat(first.get("accepted").asLong()).isEqualTo(2);
        assertThat(first.get("rejected").asLong()).isEqualTo(1);
        assertThat(first.get("errors").get(0).get("field").asText()).isEqualTo("step_no");
        assertThat(err.toString()).contains("activities.csv");

        out.getBuffer().setLength(0);
        assertThat(run("import", "ACTIVITIES", csv.toString())).isZero();
        JsonNode second = new ObjectMapper().readTree(out.toString());
        assertThat(second.get("accepted").asLong()).isZero();
        assertThat(second.get("duplicates").asLong()).isEqualTo(2);
    }

    @Test
    void importsAnExcelWorkbookNamingTheSheetAndRowOfARefusedRow() throws Exception {
        Path xlsx = dir.resolve("kegiatan.xlsx");
        Files.write(xlsx, id.patuh.ingest.XlsxFixtures.workbook("Maret", java.util.List.of(
                java.util.List.of("event_id", "sop_code", "case_id", "unit", "step_no", "actor_role", "started_at"),
                java.util.List.of("cx-1", "kemlagi-pengumpulan-data-kinerja", "cx-case", "kec-kemlagi", 1, "Camat",
                        java.time.LocalDateTime.of(2024, 4, 1, 8, 0)),
                java.util.List.of("cx-2", "kemlagi-pengumpulan-data-kinerja", "cx-case", "kec-kemlagi", 99, "Sekcam",
                        "01/04/2024 09:00"))));

        assertThat(run("import", "activities", xlsx.toString())).isZero();
        JsonNode report = new ObjectMapper().readTree(out.toString());
        assertThat(report.get("accepted").asLong()).isEqualTo(1);
        assertThat(report.get("errors").get(0).get("reason").asText()).startsWith("lembar \"Maret\" baris 3: step_no");
    }

    @Test
    void refusesAFileOfUnknownFormatBeforeTouchingTheStore() throws Exception {
        Path text = dir.resolve("activities.txt");
        Files.writeString(text, "x");

        assertThat(run("import", "activities", text.toString())).isEqualTo(ImportCommand.UNUSABLE_INPUT);
        assertThat(err.toString()).contains("activities.txt");
        assertThat(out.toString()).isEmpty();
        assertThat(store.file()).doesNotExist();
    }

    @Test
    void aStoreOutageMidwaySaysWhatIsStoredWithoutAStackTraceAndExitsTempfailThenTheSameCommandFinishes()
            throws Exception {
        Path csv = dir.resolve("activities.csv");
        StringBuilder rows = new StringBuilder("event_id,sop_code,case_id,unit,step_no,actor_role,started_at\n");
        for (int step = 1; step <= 6; step++) {
            rows.append("out-").append(step).append(",kemlagi-pengumpulan-data-kinerja,out-case,kec-kemlagi,")
                    .append(step).append(",Sekcam,2024-04-01T0").append(step).append(":00:00+07:00\n");
        }
        Files.writeString(csv, rows);
        Path later = dir.resolve("later.csv");
        Files.writeString(later, "event_id,sop_code,case_id,unit,step_no,actor_role,started_at\n");
        try (DroppingStore mongo = new DroppingStore()) {
            System.setProperty("spring.data.mongodb.uri", mongo.uri());
            System.setProperty("patuh.ingest.batch-size", "2");
            // the connection breaks instead of registering the second batch: only the first is acknowledged
            mongo.dropOnce("insert", StoreKeys.IDS, 2);

            int code = run("import", "activities", csv.toString(), later.toString());

            assertThat(mongo.dropped()).isTrue();
            assertThat(code).as(err.toString()).isEqualTo(ImportCommand.STORE_UNAVAILABLE).isEqualTo(75);
            assertThat(err.toString())
                    .contains("Tersimpan sampai baris 3: 2 diterima", "settled through line 3: 2 accepted")
                    .containsIgnoringCase("jalankan lagi perintah yang sama")
                    .contains("run the same command again", "rows already stored are skipped")
                    .contains("not imported yet: " + later)
                    .doesNotContain("Exception", "\tat ");
            assertThat(err.toString().lines()).containsSubsequence(
                    csv + ": penyimpanan tidak dapat dihubungi di tengah impor / the store became unreachable during"
                            + " the import.",
                    "Tersimpan sampai baris 3: 2 diterima, 0 diperbarui, 0 duplikat, 0 ditolak; baris sesudahnya belum"
                            + " tersimpan / settled through line 3: 2 accepted, 0 updated, 0 duplicates, 0 rejected;"
                            + " later lines were not stored.",
                    "Belum diimpor / not imported yet: " + later,
                    "Jalankan lagi perintah yang sama setelah penyimpanan pulih: baris yang sudah tersimpan dilewati"
                            + " / run the same command again once the store is back: rows already stored are skipped.");
            assertThat(out.toString()).as("no report for a file that was cut short").isEmpty();

            err.getBuffer().setLength(0);
            assertThat(run("import", "activities", csv.toString(), later.toString())).as(err.toString()).isZero();
            JsonNode again = new ObjectMapper().readTree(out.toString().lines().findFirst().orElseThrow());
            assertThat(again.get("duplicates").asLong()).isEqualTo(2);
            assertThat(again.get("accepted").asLong()).isEqualTo(4);
        } finally {
            System.clearProperty("spring.data.mongodb.uri");
            System.clearProperty("patuh.ingest.batch-size");
        }
    }

    @Test
    void theHelpNamesTheExitCodes() {
        assertThat(run("import", "--help")).isZero();
        assertThat(out.toString()).contains("75", "EX_TEMPFAIL", "Jalankan lagi perintah yang sama");
    }

    private int run(String... args) {
        return PatuhCli.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
    }
}
