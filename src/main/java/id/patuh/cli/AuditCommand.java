package id.patuh.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;

import id.patuh.calendar.CalendarService;
import id.patuh.cases.CaseData;
import id.patuh.cases.DataKind;
import id.patuh.cases.SubjectData;
import id.patuh.catalog.CatalogService;
import id.patuh.catalog.SopCatalog;
import id.patuh.evaluation.Finding;
import id.patuh.evaluation.RuleService;
import id.patuh.evaluation.ScopeEvaluator;
import id.patuh.ingest.IngestReport;
import id.patuh.ingest.InputFormat;
import id.patuh.ingest.OfflineIngest;
import id.patuh.ingest.RowError;
import id.patuh.messages.Texts;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * Offline audit: reads activity, indicator and request files, evaluates them with the rules as
 * of {@code --at}, and prints the findings. No database. Exit 0 even with findings.
 */
@Command(name = "audit", mixinStandardHelpOptions = true,
        description = "${bundle:cli.help.audit}")
class AuditCommand implements Callable<Integer> {

    static final int UNUSABLE_INPUT = 2;

    @Spec
    CommandSpec spec;

    @Option(names = "--activities", paramLabel = "BERKAS", description = "${bundle:cli.hint.audit.activities}")
    List<Path> activities = new ArrayList<>();

    @Option(names = "--indicators", paramLabel = "BERKAS", description = "${bundle:cli.hint.audit.indicators}")
    List<Path> indicators = new ArrayList<>();

    @Option(names = "--requests", paramLabel = "BERKAS", description = "${bundle:cli.hint.audit.requests}")
    List<Path> requests = new ArrayList<>();

    @Option(names = "--catalog", paramLabel = "DIR", defaultValue = "sop-catalog")
    Path catalogDir;

    @Option(names = "--rules", paramLabel = "DIR", defaultValue = "rules")
    Path rulesDir;

    @Option(names = "--holidays", paramLabel = "DIR", defaultValue = "config/holidays")
    Path holidaysDir;

    @Option(names = "--calendars", paramLabel = "BERKAS", defaultValue = "config/calendars.yaml")
    Path calendarsFile;

    @Option(names = "--at", paramLabel = "WAKTU", description = "${bundle:cli.hint.audit.at}")
    String at;

    @Option(names = "--format", defaultValue = "jsonl", description = "${bundle:cli.hint.audit.format}")
    FindingFormat format;

    @Override
    public Integer call() {
        try {
            Instant now = evaluationTime();
            checkFiles();
            SopCatalog catalog = CatalogService.readDirectoryOrPackaged(catalogDir);
            CalendarService calendars = CalendarService.load(holidaysDir, calendarsFile);
            OfflineIngest data = new OfflineIngest(catalog, unit -> calendars.forUnit(unit).zone());
            read(data);
            List<Finding> findings = evaluate(data, RuleService.offlineEvaluator(rulesDir, catalog,
                    calendars, data::findCase), catalog, now);
            format.print(findings, spec.commandLine().getOut());
            return 0;
        } catch (RuntimeException e) {
            // unusable input, or an invalid catalog, rules or calendar: their messages name file and line
            spec.commandLine().getErr().println(e.getMessage());
            return UNUSABLE_INPUT;
        }
    }

    private Instant evaluationTime() {
        if (at == null) {
            return Instant.now();
        }
        try {
            return OffsetDateTime.parse(at).toInstant();
        } catch (DateTimeParseException e) {
            throw new UnusableInput(Texts.id("cli.audit.at.invalid", at) + " / "
                    + Texts.en("cli.audit.at.invalid.short"));
        }
    }

    private void checkFiles() {
        List<Path> all = new ArrayList<>(activities);
        all.addAll(indicators);
        all.addAll(requests);
        if (all.isEmpty()) {
            throw new UnusableInput(Texts.both("cli.audit.no-input"));
        }
        for (Path file : all) {
            if (!Files.isReadable(file) || InputFormat.ofFileName(file.toString()).isEmpty()) {
                throw new UnusableInput(Texts.id("cli.input.unreadable", file) + " / "
                        + Texts.en("cli.input.unreadable.short"));
            }
        }
        for (Path file : indicators) {
            requireNotXes(file);
        }
        for (Path file : requests) {
            requireNotXes(file);
        }
    }

    private static void requireNotXes(Path file) {
        if (InputFormat.ofFileName(file.toString()).orElseThrow() == InputFormat.XES) {
            throw new UnusableInput(Texts.id("cli.audit.xes-activities-only", file) + " / "
                    + Texts.en("cli.audit.xes-activities-only.short"));
        }
    }

    /** Requests before indicators before activities does not matter: grouping is by key. */
    private void read(OfflineIngest data) {
        activities.forEach(file -> report(data.read(DataKind.ACTIVITIES, file), file));
        indicators.forEach(file -> report(data.read(DataKind.INDICATORS, file), file));
        requests.forEach(file -> report(data.read(DataKind.REQUESTS, file), file));
    }

    private void report(IngestReport report, Path file) {
        String wholeRow = Texts.id("cli.audit.row");
        for (RowError error : report.errors()) {
            spec.commandLine().getErr().printf("%s:%d: %s%s: %s / %s%n", file, error.line(),
                    error.id() == null ? "" : error.id() + ": ", Objects.requireNonNullElse(error.field(), wholeRow),
                    error.reason(), error.reasonEn());
        }
        spec.commandLine().getErr().println(Texts.id("cli.audit.file-summary", file,
                report.accepted() + report.updated(), report.duplicates(), report.rejected())
                + " / " + Texts.en("cli.audit.file-summary.short"));
    }

    private static List<Finding> evaluate(OfflineIngest data, ScopeEvaluator scopes, SopCatalog catalog, Instant now) {
        List<Finding> findings = new ArrayList<>();
        Set<String> sopsInData = new TreeSet<>();
        for (CaseData c : data.cases()) {
            sopsInData.add(c.sopCode());
            findings.addAll(scopes.caseFindings(c, now));
        }
        for (SubjectData s : data.subjects()) {
            findings.addAll(scopes.subjectFindings(s, now));
        }
        // the catalog's own gaps, for the SOPs this data is about
        sopsInData.forEach(code -> catalog.find(code).ifPresent(sop -> findings.addAll(scopes.catalogFindings(sop, now))));
        findings.sort(Comparator.comparing(Finding::unit, Comparator.nullsFirst(Comparator.naturalOrder()))
                .thenComparing(Finding::sopCode, Comparator.nullsFirst(Comparator.naturalOrder()))
                .thenComparing(Finding::caseId, Comparator.nullsFirst(Comparator.naturalOrder()))
                .thenComparing(Finding::stepNo, Comparator.nullsFirst(Comparator.naturalOrder()))
                .thenComparing(Finding::code).thenComparing(Finding::id));
        return findings;
    }

    /** Input that cannot be audited at all: exit non-zero. */
    private static final class UnusableInput extends RuntimeException {
        UnusableInput(String message) {
            super(message);
        }
    }
}
