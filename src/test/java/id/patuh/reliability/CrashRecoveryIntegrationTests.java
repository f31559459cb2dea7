package id.patuh.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import id.patuh.PatuhApplication;
import id.patuh.calendar.CalendarService;
import id.patuh.cases.ActivityEvent;
import id.patuh.catalog.CatalogService;
import id.patuh.ingest.IngestReport;
import id.patuh.workload.Workload;
import id.patuh.workload.WorkloadFiles;
import id.patuh.workload.WorkloadGenerator;

/**
 * {@code kill -9} of the process during a command-line import, and during an evaluation sweep:
 * after a restart, the same import and a sweep leave exactly what an uninterrupted run leaves —
 * the same rows, each once, and the same findings with the same statuses.
 *
 * <p>Each scenario has its own embedded file store (the durable H2 backend of production). The
 * run that is killed is a child JVM; the uninterrupted reference run and the runs after the
 * "restart" start the application in this JVM on the same store file, after the child is gone.
 * The store is read back directly after each run.
 */
class CrashRecoveryIntegrationTests {

    /** Cases per fault and SOP: 3,650 events in 490 cases, with every finding code of the catalog. */
    private static final int PER_FAULT = 10;
    /** Small batches, so that a kill after a few of them is well inside the import. */
    private static final String BATCH_SIZE = "250";
    /** From the progress line to the kill: the child is then inside the next batch (writes or evaluation). */
    private static final long KILL_DELAY_MILLIS = 250;
    private static final Pattern CLI_PROGRESS = Pattern.compile("(\\d+)% ([\\d.,\u00a0\u202f]+) baris / rows");

    @TempDir
    static Path dir;

    static Path activities;
    static List<String> rows;
    static StoreSnapshot reference;

    /** The uninterrupted run: import, then a sweep, into a fresh store. */
    @BeforeAll
    static void referenceRun() throws Exception {
        CalendarService calendars = CalendarService.load(Path.of("config/holidays"), Path.of("config/calendars.yaml"));
        Workload workload = new WorkloadGenerator(CatalogService.readDirectoryOrPackaged(Path.of("sop-catalog")),
                calendars).generate(PER_FAULT);
        activities = dir.resolve("activities.csv");
        WorkloadFiles.writeActivitiesCsv(workload.events(), activities);
        rows = workload.events().stream().map(ActivityEvent::eventId).toList();

        Path store = dir.resolve("reference").resolve("store.mv.db");
        long started = System.nanoTime();
        IngestReport report = importAndSweep(store);
        long millis = (System.nanoTime() - started) / 1_000_000;
        assertThat(report.accepted()).isEqualTo(rows.size());
        reference = StoreSnapshot.of(store);
        assertThat(reference.eventIds()).hasSize(rows.size()).containsExactlyInAnyOrderElementsOf(rows);
        assertThat(reference.registered()).isEqualTo(rows.size());
        assertThat(reference.findings()).extracting(f -> f.split(" ")[1])
                .as("the workload holds every kind of case finding")
                .contains("DURATION_EXCEEDED", "WRONG_EXECUTOR", "MISSING_KELENGKAPAN", "MISSING_OUTPUT",
                        "STEP_SKIPPED", "STEP_OUT_OF_ORDER");
        System.out.printf("reference: %,d rows, %,d cases, %,d findings; start + import + sweep %,d ms%n",
                rows.size(), reference.cases(), reference.findings().size(), millis);
    }

    @Test
    void aKillDuringACommandLineImportLosesNothingAcknowledgedAndTheReImportDuplicatesNothing() throws Exception {
        Path store = dir.resolve("killed-import").resolve("store.mv.db");
        long killAfterRows = rows.size() / 4;
        ChildJvm.Run killed = new ChildJvm(store, dir).with("patuh.ingest.batch-size", BATCH_SIZE)
                .run("import-killed", true, line -> rowsInProgress(line) >= killAfterRows && after(KILL_DELAY_MILLIS),
                        PatuhApplication.class.getName(), "import", "activities", activities.toString());
        assertThat(killed.killed()).as("killed mid-import (stderr: %s)", killed.lines()).isTrue();
        long reportedStored = rowsInProgress(killed.lines().get(killed.lines().size() - 1));

        StoreSnapshot afterKill = StoreSnapshot.of(store);
        assertThat(afterKill.registered()).as("every row the import reported stored survived kill -9")
                .isGreaterThanOrEqualTo(reportedStored).isLessThan(rows.size());
        assertThat(afterKill.eventIds()).as("the kill came before the end").hasSizeLessThan(rows.size());

        long started = System.nanoTime();
        IngestReport report = importAndSweep(store);
        long recoveryMillis = (System.nanoTime() - started) / 1_000_000;
        assertThat(report.duplicates()).as("registered before the kill = duplicates now")
                .isEqualTo(afterKill.registered());
        assertThat(report.accepted() + report.duplicates()).isEqualTo(rows.size());
        assertThat(report.rejected()).as("no conflicts: %s", report.errors()).isZero();
        assertThat(report.updated()).isZero();
        assertSameAsReference(StoreSnapshot.of(store));
        System.out.printf("kill during import: %,d rows reported stored, %,d registered and %,d in documents after "
                + "kill -9 (child ran %,d ms); restart + re-import + sweep %,d ms%n", reportedStored,
                afterKill.registered(), afterKill.eventIds().size(), killed.millis(), recoveryMillis);
    }

    @Test
    void aKillDuringASweepLeavesFindingsThatTheNextSweepCompletes() throws Exception {
        Path store = dir.resolve("killed-sweep").resolve("store.mv.db");
        // no evaluation after each batch: every finding comes from the sweep that is killed
        String[] noEvaluation = storeArguments(store, "--patuh.evaluation.on-ingest=false");
        try (RecoveryProcess importOnly = new RecoveryProcess(noEvaluation)) {
            assertThat(importOnly.importFile(activities, rowsRead -> { }).accepted()).isEqualTo(rows.size());
        }
        long killAfterScopes = reference.cases() / 3;
        ChildJvm.Run killed = new ChildJvm(store, dir).run("sweep-killed", false,
                line -> line.startsWith("EVALUATED ") && Long.parseLong(line.substring(10)) >= killAfterScopes,
                RecoveryProcess.class.getName(), "sweep");
        assertThat(killed.killed()).as("killed mid-sweep: %s", killed.lines()).isTrue();

        StoreSnapshot afterKill = StoreSnapshot.of(store);
        assertThat(afterKill.findings()).as("the sweep had stored some findings, not all").isNotEmpty()
                .hasSizeLessThan(reference.findings().size());

        long started = System.nanoTime();
        IngestReport report = importAndSweep(store);
        long recoveryMillis = (System.nanoTime() - started) / 1_000_000;
        assertThat(report.duplicates()).isEqualTo(rows.size());
        assertThat(report.accepted() + report.updated() + report.rejected()).isZero();
        assertSameAsReference(StoreSnapshot.of(store));
        System.out.printf("kill during sweep: %,d of %,d findings stored at the kill (child ran %,d ms); restart + "
                + "re-import + sweep %,d ms%n", afterKill.findings().size(), reference.findings().size(),
                killed.millis(), recoveryMillis);
    }

    /** Starts the application on {@code store}, imports the file, sweeps, stops. */
    private static IngestReport importAndSweep(Path store) throws Exception {
        try (RecoveryProcess process = new RecoveryProcess(storeArguments(store))) {
            IngestReport report = process.importFile(activities, rowsRead -> { });
            process.sweep();
            return report;
        }
    }

    private static String[] storeArguments(Path store, String... more) {
        List<String> args = new ArrayList<>(List.of("--patuh.store.backend=file", "--patuh.store.file=" + store,
                "--patuh.ingest.batch-size=" + BATCH_SIZE));
        args.addAll(List.of(more));
        return args.toArray(String[]::new);
    }

    private static void assertSameAsReference(StoreSnapshot recovered) {
        assertThat(recovered.eventIds()).as("each row exactly once").hasSize(rows.size())
                .containsExactlyInAnyOrderElementsOf(rows);
        assertThat(recovered.registered()).isEqualTo(rows.size());
        assertThat(recovered.cases()).isEqualTo(reference.cases());
        assertThat(recovered.findings()).as("findings: id code status").isEqualTo(reference.findings());
    }

    private static boolean after(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return true;
    }

    /** Rows stored so far, from a line of the import command's progress, or -1. */
    private static long rowsInProgress(String line) {
        Matcher progress = CLI_PROGRESS.matcher(line);
        return progress.find() ? Long.parseLong(progress.group(2).replaceAll("\\D", "")) : -1;
    }
}
