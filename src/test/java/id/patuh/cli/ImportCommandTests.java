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

/** {@code import} writes into the configured store and prints one JSON report per file. */
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
    void refusesAFileOfUnknownFormatBeforeTouchingTheStore() throws Exception {
        Path text = dir.resolve("activities.txt");
        Files.writeString(text, "x");

        assertThat(run("import", "activities", text.toString())).isEqualTo(ImportCommand.UNUSABLE_INPUT);
        assertThat(err.toString()).contains("activities.txt");
        assertThat(out.toString()).isEmpty();
        assertThat(store.file()).doesNotExist();
    }

    private int run(String... args) {
        return PatuhCli.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
    }
}
