package id.patuh.reliability;

import java.io.BufferedInputStream;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.LongConsumer;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ApplicationEvent;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.PayloadApplicationEvent;

import com.fasterxml.jackson.databind.ObjectMapper;

import id.patuh.PatuhApplication;
import id.patuh.cases.DataKind;
import id.patuh.findings.ComplianceEvaluator;
import id.patuh.findings.ScopeEvaluated;
import id.patuh.findings.SweepResult;
import id.patuh.ingest.IngestListener;
import id.patuh.ingest.IngestReport;
import id.patuh.ingest.IngestService;
import id.patuh.ingest.InputFormat;

/**
 * The application without its web server, doing what the {@code import} command does and what
 * the service's sweep does. {@link CrashRecoveryIntegrationTests} starts it in the test JVM
 * (a restart) or, through {@link #main}, as a child process to kill. As a child it takes steps
 * as arguments — {@code import=FILE} (activities CSV) and {@code sweep} — and prints one line
 * per fact on stdout: {@code PROGRESS <rows read>}, {@code REPORT <json>}, {@code SWEEP-START},
 * {@code EVALUATED <scopes>} (every {@value #EVERY} scopes of the sweep), {@code SWEEP <json>}.
 */
public final class RecoveryProcess implements AutoCloseable {

    static final int EVERY = 50;

    private final ConfigurableApplicationContext context;
    private final boolean printScopes;
    private volatile boolean sweeping;
    private long evaluated;

    /** Starts the application; {@code args} are property arguments ({@code --name=value}). */
    RecoveryProcess(String... args) {
        this(false, args);
    }

    private RecoveryProcess(boolean printScopes, String... args) {
        this.printScopes = printScopes;
        context = new SpringApplicationBuilder(PatuhApplication.class)
                .web(WebApplicationType.NONE).logStartupInfo(false)
                .listeners(this::countScopes)
                // no scheduled sweeps or metric refreshes: this process sweeps when told to
                .properties("spring.main.banner-mode=off", "patuh.cli=true").run(args);
    }

    public static void main(String[] steps) throws Exception {
        ObjectMapper json = new ObjectMapper();
        try (RecoveryProcess process = new RecoveryProcess(true)) {
            for (String step : steps) {
                if (step.startsWith("import=")) {
                    Path file = Path.of(step.substring("import=".length()));
                    IngestReport report = process.importFile(file, rows -> say("PROGRESS " + rows));
                    say("REPORT " + json.writeValueAsString(report));
                } else if (step.equals("sweep")) {
                    say("SWEEP-START");
                    say("SWEEP " + json.writeValueAsString(process.sweep()));
                } else {
                    throw new IllegalArgumentException("unknown step " + step);
                }
            }
        }
    }

    IngestReport importFile(Path file, LongConsumer rowsRead) throws Exception {
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
            return context.getBean(IngestService.class).ingest(DataKind.ACTIVITIES, InputFormat.CSV, in,
                    file.toString(), new IngestListener() {
                        @Override
                        public void progress(long rows, long accepted, long duplicates, long rejected) {
                            rowsRead.accept(rows);
                        }
                    });
        }
    }

    SweepResult sweep() {
        ComplianceEvaluator evaluator = context.getBean(ComplianceEvaluator.class);
        sweeping = true;
        try {
            return evaluator.sweep(evaluator.now());
        } finally {
            sweeping = false;
        }
    }

    private void countScopes(ApplicationEvent event) {
        if (printScopes && sweeping && event instanceof PayloadApplicationEvent<?> payload
                && payload.getPayload() instanceof ScopeEvaluated && ++evaluated % EVERY == 0) {
            say("EVALUATED " + evaluated);
        }
    }

    private static void say(String line) {
        System.out.println(line);
        System.out.flush();
    }

    @Override
    public void close() {
        context.close();
    }
}
