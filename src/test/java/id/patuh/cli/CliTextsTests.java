package id.patuh.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import picocli.CommandLine;

/**
 * The command line says what it said before its words moved into the {@code cli} bundle, byte
 * for byte (issue 20: "the CLI outputs stay as they are"): the help of the commands and the
 * refusals of bad input, pinned whole. And every key an annotation names exists, so no help
 * ever prints picocli's {@code null} for a missing one.
 */
class CliTextsTests {

    private static final Pattern BUNDLE_KEY = Pattern.compile("\\$\\{bundle:([^}]+)}");

    @TempDir
    Path dir;

    @Test
    void theHelpReadsAsItAlwaysHas() {
        assertThat(run("--help").out).isEqualTo("""
            Usage: patuh [-hV] [COMMAND]
            Kepatuhan SOP dan audit / SOP compliance and audit.
              -h, --help      Show this help message and exit.
              -V, --version   Print version information and exit.
            Commands:
              catalog        Katalog SOP: ekspor, periksa, impor dokumen / SOP catalog:
                               export, check, import documents.
              import         Impor berkas CSV/JSON/NDJSON/XES ke penyimpanan / import files
                               into the store.
              audit          Audit luring dari berkas, tanpa basis data / offline audit of
                               files, no database.
              password-hash  Buat hash bcrypt dari kata sandi di stdin / bcrypt hash of the
                               password on stdin.
              demo           Isi penyimpanan dengan data demo satu triwulan / fill the
                               store with a demo quarter.
              report         Laporan kesiapan SAKIP dan formulir monitoring SOP / SAKIP
                               readiness report and SOP monitoring form.
              bench          Ukur kinerja impor, evaluasi dan laporan / benchmark ingest,
                               evaluation and reports.
            """);
    }

    @Test
    void optionHintsStayIndonesianOnly() {
        assertThat(run("audit", "--help").out).isEqualTo("""
            Usage: patuh audit [-hV] [--at=WAKTU] [--calendars=BERKAS] [--catalog=DIR]
                               [--format=<format>] [--holidays=DIR] [--rules=DIR]
                               [--activities=BERKAS]... [--indicators=BERKAS]...
                               [--requests=BERKAS]...
            Audit luring dari berkas, tanpa basis data / offline audit of files, no
            database.
                  --activities=BERKAS   log aktivitas (.csv .json .ndjson .xes)
                  --at=WAKTU            waktu evaluasi ISO-8601 dengan offset; bawaan:
                                          sekarang
                  --calendars=BERKAS
                  --catalog=DIR
                  --format=<format>     jsonl, csv atau table
              -h, --help                Show this help message and exit.
                  --holidays=DIR
                  --indicators=BERKAS   data indikator (.csv .json .ndjson)
                  --requests=BERKAS     permintaan data (.csv .json .ndjson)
                  --rules=DIR
              -V, --version             Print version information and exit.
            """);
    }

    @Test
    void theExitCodesOfImportKeepTheirCodesAndBothLanguages() {
        assertThat(run("import", "--help").out).isEqualTo("""
            Usage: patuh import [-hV] JENIS BERKAS...
            Impor berkas CSV/JSON/NDJSON/XES ke penyimpanan / import files into the store.
                  JENIS       activities, indicators atau requests
                  BERKAS...   berkas .csv .json .ndjson .xes .xlsx
              -h, --help      Show this help message and exit.
              -V, --version   Print version information and exit.
            
            Kode keluar / exit codes:
               0   semua berkas terimpor (baris ditolak ada di laporan) / every file
                     imported (rejected rows are in the report)
               1   kesalahan tak terduga / unexpected error
               2   berkas tidak dapat dibaca atau formatnya tidak dikenal; tidak ada yang
                     diimpor / a file is unreadable or of unknown format; nothing was
                     imported
              75   penyimpanan tidak tersedia (EX_TEMPFAIL); yang sudah tersimpan tetap
                     tersimpan. Jalankan lagi perintah yang sama setelah penyimpanan pulih:
                     baris yang sudah tersimpan dilewati / the store became unavailable
                     (EX_TEMPFAIL); what was stored stays stored. Run the same command
                     again once the store is back: rows already stored are skipped
            """);
    }

    @Test
    void aDefaultValueStaysInTheEnglishHalf() {
        assertThat(run("catalog", "export", "--help").out).isEqualTo("""
            Usage: patuh catalog export [-hV] [--catalog=DIR]
            Cetak katalog sebagai JSON (interchange §6) ke stdout / print the catalog as
            JSON.
                  --catalog=DIR   Folder katalog; bila tidak ada, katalog bawaan / catalog
                                    folder (default: sop-catalog, else the packaged one)
              -h, --help          Show this help message and exit.
              -V, --version       Print version information and exit.
            """);
    }

    @Test
    void anUnreadableFileIsRefusedInTheSameWords() {
        Path missing = dir.resolve("tidak-ada.csv");
        Run run = run("audit", "--activities", missing.toString());
        assertThat(run.exit).isEqualTo(AuditCommand.UNUSABLE_INPUT);
        assertThat(run.err).isEqualTo("Berkas tidak dapat dibaca atau formatnya tidak dikenal: " + missing
                + " / file unreadable or of unknown format" + System.lineSeparator());
        assertThat(run.out).isEmpty();
    }

    @Test
    void aBadEvaluationTimeIsRefusedInTheSameWords() throws IOException {
        Path csv = Files.writeString(dir.resolve("activities.csv"), "event_id\n");
        Run run = run("audit", "--activities", csv.toString(), "--at", "besok");
        assertThat(run.exit).isEqualTo(AuditCommand.UNUSABLE_INPUT);
        assertThat(run.err).isEqualTo("--at \"besok\" harus ISO-8601 dengan offset, mis. 2024-12-31T12:00:00+07:00"
                + " / must be ISO-8601 with an offset" + System.lineSeparator());
    }

    @Test
    void noInputAndXesWhereOnlyActivitiesMayBeXesAreRefusedInTheSameWords() throws IOException {
        assertThat(run("audit").err).isEqualTo("Sebutkan minimal satu berkas: --activities, --indicators atau"
                + " --requests / name at least one input file" + System.lineSeparator());
        Path xes = Files.writeString(dir.resolve("log.xes"), "<log/>");
        assertThat(run("audit", "--indicators", xes.toString()).err).isEqualTo("XES hanya untuk log aktivitas: " + xes
                + " / XES is for activity logs only" + System.lineSeparator());
    }

    @Test
    void everyKeyAnAnnotationNamesIsInTheCliBundle() throws IOException {
        Properties cli = new Properties();
        try (var reader = Files.newBufferedReader(Path.of("src/main/resources/i18n/cli.properties"))) {
            cli.load(reader);
        }
        Set<String> named = new TreeSet<>();
        try (Stream<Path> files = Files.list(Path.of("src/main/java/id/patuh/cli"))) {
            for (Path file : files.toList()) {
                Matcher m = BUNDLE_KEY.matcher(Files.readString(file));
                while (m.find()) {
                    named.add(m.group(1));
                }
            }
        }
        assertThat(named).hasSizeGreaterThan(30).allMatch(key -> key.startsWith(HelpTexts.HELP)
                || key.startsWith(HelpTexts.HINT));
        assertThat(named).as("named in an annotation, missing from cli.properties")
                .isSubsetOf(cli.stringPropertyNames());
    }

    @Test
    void noHelpOfAnyCommandHasAHoleWhereAWordWasMissing() {
        for (String[] command : commands()) {
            String[] args = java.util.Arrays.copyOf(command, command.length + 1);
            args[command.length] = "--help";
            Run run = run(args);
            assertThat(run.exit).as(String.join(" ", args)).isZero();
            assertThat(run.out).as(String.join(" ", args)).doesNotContain("null", "${", "cli.help", "cli.hint")
                    .contains(" / ");
        }
    }

    /** Every command and subcommand, found from the tree itself so that a new one is checked too. */
    private static List<String[]> commands() {
        List<String[]> all = new ArrayList<>();
        collect(new CommandLine(PatuhCli.class), new ArrayList<>(), all);
        return all;
    }

    private static void collect(CommandLine command, List<String> path, List<String[]> all) {
        all.add(path.toArray(String[]::new));
        command.getSubcommands().forEach((name, sub) -> {
            List<String> deeper = new ArrayList<>(path);
            deeper.add(name);
            collect(sub, deeper, all);
        });
    }

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = PatuhCli.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Run(exit, out.toString(), err.toString());
    }

    private record Run(int exit, String out, String err) {
    }
}
