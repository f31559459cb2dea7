package id.patuh.bench;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

import org.springframework.context.ApplicationContext;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.modulith.NamedInterface;

import id.patuh.calendar.CalendarService;
import id.patuh.cases.DataKind;
import id.patuh.cases.StoreKeys;
import id.patuh.catalog.CatalogService;
import id.patuh.findings.ComplianceEvaluator;
import id.patuh.findings.FindingFilter;
import id.patuh.findings.FindingService;
import id.patuh.ingest.IngestListener;
import id.patuh.ingest.IngestService;
import id.patuh.ingest.InputFormat;
import id.patuh.report.ReadinessReport;
import id.patuh.report.ReportFormat;
import id.patuh.report.ReportPeriod;
import id.patuh.report.ReportService;
import id.patuh.report.ReportUnit;
import id.patuh.workload.WorkloadGenerator;

/** One benchmark run of N events against a started application (web server included). */
@NamedInterface("api")
public final class BenchRun {

    private final ApplicationContext context;
    private final int port;
    private final Path workDir;
    private final Consumer<String> progress;
    private final Map<String, Double> phases = new LinkedHashMap<>();

    public BenchRun(ApplicationContext context, int port, Path workDir, Consumer<String> progress) {
        this.context = context;
        this.port = port;
        this.workDir = workDir;
        this.progress = progress;
    }

    public BenchResult run(long events, Instant now) throws Exception {
        HeapPeak.reset();
        WorkloadGenerator generator = new WorkloadGenerator(context.getBean(CatalogService.class).catalog(),
                context.getBean(CalendarService.class));
        Path file = workDir.resolve("bench-" + events + ".csv");
        long written = phase("generate", () -> BenchData.writeActivities(generator, events, "b" + events, file));

        IngestService ingest = context.getBean(IngestService.class);
        double ingestSeconds = timed("ingest_cli", () -> {
            try (InputStream in = new java.io.BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
                ingest.ingest(DataKind.ACTIVITIES, InputFormat.CSV, in, file.toString(), IngestListener.NONE);
            }
            return null;
        });
        long httpEvents = Math.min(events, 100_000);
        Path httpFile = workDir.resolve("bench-http-" + events + ".csv");
        BenchData.writeActivities(generator, httpEvents, "h" + events, httpFile);
        double httpSeconds = timed("ingest_http", () -> new HttpLoad(port).postCsvInChunks(httpFile, 10_000));
        double rawInsertSeconds = timed("raw_insert", () -> RawFloors.insertMany(mongo(), file));

        ComplianceEvaluator evaluator = context.getBean(ComplianceEvaluator.class);
        double sweepSeconds = timed("sweep", () -> evaluator.sweep(now));
        AtomicLong cases = new AtomicLong();
        double rawReadSeconds = timed("raw_read", () -> {
            cases.set(RawFloors.readAll(mongo(), StoreKeys.CASES));
            return null;
        });
        EngineComparison.Result engines = phase("drools_vs_plain", () -> new EngineComparison(context).run(now));
        List<Double> latencies = phase("incremental", () -> new HttpLoad(port).incrementalLatencies(evaluator, 100, now));
        double reportSeconds = timed("report", () -> readinessReports(now));
        long findings = context.getBean(FindingService.class).list(FindingFilter.ALL, 0, 1).total();
        long totalEvents = written + httpEvents;
        return new BenchResult(written, Stopwatch.perSecond(written, ingestSeconds),
                Stopwatch.perSecond(totalEvents, sweepSeconds), percentile(latencies, 0.99), HeapPeak.megabytes(),
                new BenchResult.Ratios(Stopwatch.perSecond(written, ingestSeconds)
                        / Stopwatch.perSecond(written, rawInsertSeconds), sweepSeconds / rawReadSeconds,
                        engines.droolsMs() / engines.plainMs()),
                Stopwatch.perSecond(httpEvents, httpSeconds), httpEvents,
                Stopwatch.perSecond(written, rawInsertSeconds), Stopwatch.perSecond(totalEvents, rawReadSeconds),
                cases.get(), findings, engines.droolsMs(), engines.plainMs(), engines.agree(),
                percentile(latencies, 0.5), reportSeconds * 1000 / REPORT_UNITS.size(), HeapPeak.maxHeapMegabytes(),
                describeStore(), phases);
    }

    /** The units of the generated cases (one per seed SOP owner). */
    static final List<String> REPORT_UNITS = List.of("kec-kemlagi", "setda-sidoarjo-perencanaan", "bpkad-waykanan");

    /** The year's readiness report of each unit, rendered as PDF (the heaviest format). */
    private Void readinessReports(Instant now) {
        ReportService reports = context.getBean(ReportService.class);
        for (String unit : REPORT_UNITS) {
            ReadinessReport report = reports.readiness(ReportUnit.parse(unit), ReportPeriod.parse("2024"), now);
            reports.render(report, ReportFormat.PDF);
        }
        return null;
    }

    private MongoTemplate mongo() {
        return context.getBean(MongoTemplate.class);
    }

    private String describeStore() {
        String uri = context.getEnvironment().getProperty("spring.data.mongodb.uri", "");
        return uri.isBlank() ? "embedded " + context.getEnvironment().getProperty("patuh.store.backend", "file")
                : "external MongoDB";
    }

    private <T> T phase(String name, Phase<T> body) throws Exception {
        Stopwatch watch = new Stopwatch();
        progress.accept(name + " …");
        T result = body.run();
        phases.put(name, watch.seconds());
        progress.accept(String.format("%s %.1f s", name, watch.seconds()));
        return result;
    }

    private double timed(String name, Phase<?> body) throws Exception {
        phase(name, body);
        return phases.get(name);
    }

    static double percentile(List<Double> values, double p) {
        if (values.isEmpty()) {
            return 0;
        }
        List<Double> sorted = new ArrayList<>(values);
        sorted.sort(Double::compare);
        return sorted.get((int) Math.min(sorted.size() - 1, Math.ceil(p * sorted.size()) - 1));
    }

    @FunctionalInterface
    interface Phase<T> {
        T run() throws Exception;
    }

}
