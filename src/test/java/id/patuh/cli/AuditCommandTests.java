package id.patuh.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import id.patuh.calendar.CalendarService;
import id.patuh.catalog.CatalogService;
import id.patuh.workload.ExpectedFinding;
import id.patuh.workload.Workload;
import id.patuh.workload.WorkloadFiles;
import id.patuh.workload.WorkloadGenerator;

/**
 * The offline audit on a generated workload with known, injected violations: it must report
 * every one of them and nothing else, the same from CSV as from XES, and the same twice.
 */
class AuditCommandTests {

    private static final String AT = "2024-12-31T12:00:00+07:00";

    @TempDir
    static Path dir;

    static Workload workload;

    /** The seed catalog plus the test-only 2023-06-13 version of Sidoarjo (step 7 "1 Hari", not "2 Jam"). */
    static Path catalog;

    static final String OLDER_VERSION_CASE = "sidoarjo-perencanaan-pengumpulan-data-kinerja-versi-2023-06-13";

    @BeforeAll
    static void writeWorkload() throws Exception {
        catalog = Files.createDirectory(dir.resolve("catalog"));
        try (var files = Files.list(Path.of("sop-catalog"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".yaml")).toList()) {
                Files.copy(file, catalog.resolve(file.getFileName()));
            }
        }
        Path older = Path.of("src/test/resources/sop-versions/sidoarjo-perencanaan-pengumpulan-data-kinerja@2023-06-13.yaml");
        Files.copy(older, catalog.resolve(older.getFileName()));
        workload = new WorkloadGenerator(CatalogService.readDirectory(catalog),
                CalendarService.load(Path.of("config/holidays"), Path.of("config/calendars.yaml"))).generate(2);
        WorkloadFiles.writeActivitiesCsv(workload.events(), dir.resolve("activities.csv"));
        WorkloadFiles.writeActivitiesXes(workload.events(), dir.resolve("activities.xes"));
        WorkloadFiles.writeIndicatorsCsv(workload.records(), dir.resolve("indicators.csv"));
        WorkloadFiles.writeRequestsCsv(workload.requests(), dir.resolve("requests.csv"));
    }

    @Test
    void findsExactlyTheInjectedViolations() throws Exception {
        Run run = audit("activities.csv", "jsonl");

        assertThat(run.exit).isZero();
        assertThat(run.err.lines()).hasSize(3).allMatch(line -> line.contains(" 0 ditolak"));
        assertThat(found(run.out)).containsExactlyInAnyOrderElementsOf(workload.expected());
        assertThat(workload.expected()).extracting(ExpectedFinding::code).contains("DURATION_EXCEEDED", "STEP_SKIPPED",
                "STEP_OUT_OF_ORDER", "WRONG_EXECUTOR", "MISSING_KELENGKAPAN", "MISSING_OUTPUT", "MISSING_SUBMISSION",
                "LATE_SUBMISSION", "UNVERIFIED_DATA", "SELF_VERIFICATION", "REALIZATION_ANOMALY", "SOP_NOT_RATIFIED",
                "DECISION_NOT_FOLLOWED");
    }

    @Test
    void theWorkloadIsWrittenTheWayOfficesWriteTheirLogs() {
        // real titles of the right role, in every style, and nothing expected of those cases
        assertThat(workload.events()).extracting(e -> e.actorRole())
                .contains("Camat Pemerintahan", "Kepala Seksi", "SEKRETARIS KECAMATAN PEMERINTAHAN", "Kasi, Pemerintahan.",
                        "STAF PEMERINTAHAN");
        assertThat(workload.expected()).noneMatch(f -> f.subject().contains("-titles-")
                || f.subject().contains("-parallel_waited-") || f.subject().contains("-decision_loop-"));
        // a wrong executor written as a title, an ignored decision, a recap that did not wait
        assertThat(workload.events()).anyMatch(e -> e.caseId().contains("-wrong_title-")
                && e.actorRole().endsWith(" Pemerintahan"));
        assertThat(workload.expected()).filteredOn(f -> f.subject().contains("-wrong_title-"))
                .extracting(ExpectedFinding::code).containsOnly("WRONG_EXECUTOR").hasSize(12);
        assertThat(workload.expected()).filteredOn(f -> f.subject().contains("-decision_ignored-"))
                .extracting(ExpectedFinding::toString).containsExactlyInAnyOrder(
                        "DECISION_NOT_FOLLOWED@sidoarjo-perencanaan-pengumpulan-data-kinerja-decision_ignored-0#8",
                        "DECISION_NOT_FOLLOWED@sidoarjo-perencanaan-pengumpulan-data-kinerja-decision_ignored-1#8");
        assertThat(workload.expected()).filteredOn(f -> f.subject().contains("-parallel_early-"))
                .extracting(ExpectedFinding::code).containsOnly("STEP_OUT_OF_ORDER").hasSize(12);
        assertThat(workload.events()).filteredOn(e -> e.caseId().endsWith("-parallel_waited-0") && e.stepNo() == 2)
                .hasSize(18);
        // whole-year records with only target_annual
        assertThat(workload.records()).anyMatch(r -> r.period().equals("2024") && r.targetPeriod() == null
                && r.targetAnnual() != null && r.realization() != null);
    }

    @Test
    void aCaseStartedUnderAnOlderSopVersionIsJudgedByThatVersion() throws Exception {
        assertThat(workload.events()).anyMatch(e -> e.caseId().equals(OLDER_VERSION_CASE) && e.stepNo() == 7);
        assertThat(workload.expected()).noneMatch(e -> e.toString().contains(OLDER_VERSION_CASE));
        assertThat(found(audit("activities.csv", "jsonl").out)).noneMatch(f -> f.toString().contains(OLDER_VERSION_CASE));

        // The same run judged by the current version alone (step 7 "2 Jam") is a DURATION_EXCEEDED.
        Run currentOnly = run("audit", "--activities", dir.resolve("activities.csv").toString(), "--catalog",
                "sop-catalog", "--at", AT, "--format", "jsonl");
        assertThat(found(currentOnly.out))
                .contains(new ExpectedFinding("DURATION_EXCEEDED", OLDER_VERSION_CASE, 7));
        assertThat(currentOnly.out.lines().filter(l -> l.contains(OLDER_VERSION_CASE)))
                .allMatch(l -> l.contains("\"sop_version\":\"2024-03-12\""))
                .allMatch(l -> l.contains("sebelum versi SOP pertama"));
        // the instant the rule was broken is printed with the finding (issue 15 point 6)
        assertThat(currentOnly.out.lines().filter(l -> l.contains("\"code\":\"DURATION_EXCEEDED\"")))
                .isNotEmpty().allMatch(l -> l.matches(".*\"dilanggar_pada\":\"\\d{4}-\\d\\d-\\d\\dT[^\"]+Z\".*"));
        assertThat(currentOnly.out.lines().filter(l -> l.contains("\"code\":\"WRONG_EXECUTOR\"")))
                .allMatch(l -> l.contains("\"dilanggar_pada\":null"));
    }

    @Test
    void theSameLogAsXesGivesIdenticalFindings() throws Exception {
        assertThat(audit("activities.xes", "jsonl").out).isEqualTo(audit("activities.csv", "jsonl").out);
    }

    @Test
    void auditingTwiceGivesIdenticalOutput() throws Exception {
        assertThat(audit("activities.csv", "jsonl").out).isEqualTo(audit("activities.csv", "jsonl").out);
    }

    @Test
    void printsCsvAndATableForPeople() throws Exception {
        Run csv = audit("activities.csv", "csv");
        assertThat(csv.out.lines().findFirst().orElseThrow()).startsWith("id,code,severity,sop_code,case_id,step_no");
        assertThat(csv.out.lines().count()).isGreaterThan(workload.expected().size());
        Run table = audit("activities.csv", "table");
        assertThat(table.out).contains("KODE").contains(workload.expected().size() + " temuan");
    }

    @Test
    void unusableInputExitsNonZeroAndNamesTheFile() {
        Run run = run("audit", "--activities", dir.resolve("tidak-ada.csv").toString());
        assertThat(run.exit).isEqualTo(AuditCommand.UNUSABLE_INPUT);
        assertThat(run.err).contains("tidak-ada.csv");
        assertThat(run.out).isEmpty();
        assertThat(run("audit", "--activities", dir.resolve("activities.csv").toString(), "--at", "besok").exit)
                .isEqualTo(AuditCommand.UNUSABLE_INPUT);
    }

    @Test
    void rejectedRowsGoToStandardErrorWithFileAndLine() throws Exception {
        Path bad = dir.resolve("bad.csv");
        Files.writeString(bad, "event_id,sop_code,case_id,unit,step_no,actor_role,started_at\n"
                + "x1,kemlagi-pengumpulan-data-kinerja,c,kec-kemlagi,1,Camat,2024-13-01T08:00:00+07:00\n");
        Run run = run("audit", "--activities", bad.toString(), "--at", AT);
        assertThat(run.exit).isZero();
        assertThat(run.err).contains("bad.csv:2: x1: started_at:");
    }

    private Run audit(String activities, String format) {
        return run("audit", "--activities", dir.resolve(activities).toString(), "--indicators",
                dir.resolve("indicators.csv").toString(), "--requests", dir.resolve("requests.csv").toString(),
                "--catalog", catalog.toString(), "--at", AT, "--format", format);
    }

    private static Set<ExpectedFinding> found(String jsonl) throws Exception {
        ObjectMapper json = new ObjectMapper();
        Set<ExpectedFinding> found = new TreeSet<>(java.util.Comparator.comparing(ExpectedFinding::toString));
        List<String> lines = new ArrayList<>(jsonl.lines().toList());
        for (String line : lines) {
            JsonNode f = json.readTree(line);
            String code = f.get("code").asText();
            if (!f.get("case_id").isNull()) {
                found.add(new ExpectedFinding(code, f.get("case_id").asText(), f.get("step_no").asInt()));
            } else if (!f.get("indicator_code").isNull()) {
                found.add(new ExpectedFinding(code, f.get("indicator_code").asText() + " " + f.get("period").asText(),
                        null));
            } else {
                found.add(new ExpectedFinding(code, f.get("sop_code").asText(), null));
            }
        }
        assertThat(found).as("one finding per subject").hasSize(lines.size());
        return found;
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
