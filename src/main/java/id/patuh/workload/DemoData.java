package id.patuh.workload;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;

import id.patuh.calendar.CalendarService;
import id.patuh.cases.ActivityEvent;
import id.patuh.cases.DataKind;
import id.patuh.cases.StoredCases;
import id.patuh.catalog.CatalogService;
import id.patuh.findings.ComplianceEvaluator;
import id.patuh.findings.FindingFilter;
import id.patuh.findings.FindingService;
import id.patuh.ingest.IngestListener;
import id.patuh.ingest.IngestReport;
import id.patuh.ingest.IngestService;
import id.patuh.ingest.InputFormat;

/**
 * Fills the store with a {@link RealisticWorkload} quarter through the ordinary import, so that
 * evaluation, findings and metrics see it exactly as they would see real files.
 */
@Service
@NamedInterface("api")
public class DemoData {

    private static final ZoneId WIB = ZoneId.of("Asia/Jakarta");

    private final IngestService ingest;
    private final StoredCases stored;
    private final ComplianceEvaluator evaluator;
    private final FindingService findings;
    private final RealisticWorkload generator;
    private final CatalogService catalog;
    private final Clock clock;

    public DemoData(IngestService ingest, StoredCases stored, ComplianceEvaluator evaluator, FindingService findings,
            CatalogService catalog, CalendarService calendars, ObjectProvider<Clock> clock) {
        this.ingest = ingest;
        this.stored = stored;
        this.evaluator = evaluator;
        this.findings = findings;
        this.generator = new RealisticWorkload(catalog.catalog(), calendars);
        this.catalog = catalog;
        this.clock = clock.getIfAvailable(Clock::systemUTC);
    }

    /** The last complete quarter: all its requests are due, so every dashboard has something to show. */
    public Quarter defaultQuarter() {
        return Quarter.of(LocalDate.ofInstant(clock.instant(), WIB)).previous();
    }

    /** The tenants the demo fills: the first unit of every catalog SOP, sorted. */
    public List<String> tenants() {
        return catalog.sops().stream().map(s -> s.units().get(0)).distinct().sorted().toList();
    }

    public boolean storeIsEmpty() {
        AtomicBoolean empty = new AtomicBoolean(true);
        stored.forEachCaseKey(key -> empty.set(false));
        return empty.get() && noSubjects();
    }

    private boolean noSubjects() {
        AtomicBoolean empty = new AtomicBoolean(true);
        stored.forEachSubjectKey(key -> empty.set(false));
        return empty.get();
    }

    /**
     * Imports the quarter (activities, then indicator data, then requests: so that no subject is
     * judged "missing" for the moment between its request and its data) and evaluates the catalog.
     * Loading the same quarter again stores nothing new.
     */
    public DemoSummary load(Quarter quarter) {
        long started = System.nanoTime();
        Instant now = clock.instant();
        Workload workload = generator.generate(quarter, now);
        List<IngestReport> reports = new ArrayList<>();
        Path dir = null;
        try {
            dir = Files.createTempDirectory("patuh-demo");
            WorkloadFiles.writeActivitiesCsv(workload.events(), dir.resolve("activities.csv"));
            WorkloadFiles.writeIndicatorsCsv(workload.records(), dir.resolve("indicators.csv"));
            WorkloadFiles.writeRequestsCsv(workload.requests(), dir.resolve("requests.csv"));
            reports.add(importFile(DataKind.ACTIVITIES, dir.resolve("activities.csv")));
            reports.add(importFile(DataKind.INDICATORS, dir.resolve("indicators.csv")));
            reports.add(importFile(DataKind.REQUESTS, dir.resolve("requests.csv")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            deleteQuietly(dir);
        }
        evaluator.evaluateCatalog(now);
        AtomicLong stored = new AtomicLong();
        findings.forEach(FindingFilter.ALL, f -> stored.incrementAndGet());
        return new DemoSummary(quarter.toString(), workload.events().stream().map(ActivityEvent::caseId).distinct()
                .count(), workload.events().size(), workload.records().size(), workload.requests().size(),
                reports.stream().map(DemoSummary.ImportCounts::of).toList(), stored.get(),
                (System.nanoTime() - started) / 1_000_000);
    }

    private IngestReport importFile(DataKind kind, Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return ingest.ingest(kind, InputFormat.CSV, in, "demo:" + file.getFileName(), IngestListener.NONE);
        }
    }

    private static void deleteQuietly(Path dir) {
        if (dir == null) {
            return;
        }
        try (var files = Files.list(dir)) {
            for (Path file : files.toList()) {
                Files.deleteIfExists(file);
            }
            Files.deleteIfExists(dir);
        } catch (IOException e) {
            // a leftover file in the temp folder is harmless; the import result is what matters
        }
    }
}
