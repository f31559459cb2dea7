package id.patuh.cli;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

import org.springframework.context.ConfigurableApplicationContext;

import com.fasterxml.jackson.databind.ObjectMapper;

import id.patuh.cases.DataKind;
import id.patuh.ingest.IngestInterrupted;
import id.patuh.ingest.IngestListener;
import id.patuh.ingest.IngestReport;
import id.patuh.ingest.IngestService;
import id.patuh.ingest.InputFormat;
import id.patuh.messages.Texts;
import id.patuh.store.StoreOutages;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code import activities|indicators|requests FILE…} into the configured store: one JSON
 * report per file on stdout (one line each), progress on stderr. When the store goes away midway
 * the command says what was stored and exits with {@value #STORE_UNAVAILABLE} (EX_TEMPFAIL of
 * sysexits.h: try again later), so that a script or a scheduler can tell "run it again" from bad
 * input; running the same command again is always right.
 */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = "${bundle:cli.help.import}",
        exitCodeListHeading = "%n${bundle:cli.help.import.exit-codes}:%n",
        exitCodeList = {
            " 0:${bundle:cli.help.import.exit.0}",
            " 1:${bundle:cli.help.import.exit.1}",
            " 2:${bundle:cli.help.import.exit.2}",
            "75:${bundle:cli.help.import.exit.75}"})
class ImportCommand implements Callable<Integer> {

    static final int UNUSABLE_INPUT = 2;
    /** EX_TEMPFAIL (sysexits.h): a temporary failure, the same command will work later. */
    static final int STORE_UNAVAILABLE = 75;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "JENIS", description = "${bundle:cli.hint.import.kind}")
    DataKind kind;

    @Parameters(index = "1..*", arity = "1..*", paramLabel = "BERKAS", description = "${bundle:cli.hint.import.files}")
    List<Path> files;

    @Override
    public Integer call() throws IOException {
        for (Path file : files) {
            if (!Files.isReadable(file) || InputFormat.ofFileName(file.toString()).isEmpty()) {
                spec.commandLine().getErr().println(Texts.id("cli.input.unreadable", file) + " / "
                        + Texts.en("cli.import.unreadable.short"));
                return UNUSABLE_INPUT;
            }
        }
        try {
            return importAll();
        } catch (RuntimeException e) {
            if (!StoreOutages.isOutage(e)) {
                throw e;
            }
            // not during a file (the start, or the book-keeping at the end): nothing half-done to report
            Throwable cause = e;
            while (cause.getCause() != null && cause.getCause() != cause) {
                cause = cause.getCause();
            }
            spec.commandLine().getErr().println(Texts.both("cli.import.store-unreachable") + ": " + cause.getMessage());
            spec.commandLine().getErr().println(Texts.both("cli.import.run-again"));
            return STORE_UNAVAILABLE;
        }
    }

    private int importAll() throws IOException {
        ObjectMapper json = new ObjectMapper();
        try (ConfigurableApplicationContext context = ServiceContext.start()) {
            IngestService ingest = context.getBean(IngestService.class);
            for (int i = 0; i < files.size(); i++) {
                IngestReport report;
                try {
                    report = importFile(ingest, files.get(i));
                } catch (IngestInterrupted e) {
                    explain(files.get(i), e, files.subList(i + 1, files.size()));
                    return STORE_UNAVAILABLE;
                }
                spec.commandLine().getOut().println(json.writeValueAsString(report));
            }
        }
        return 0;
    }

    /** What the store acknowledged of the file, what was not imported, and what to do: no stack trace. */
    private void explain(Path file, IngestInterrupted e, List<Path> notStarted) {
        PrintWriter err = spec.commandLine().getErr();
        IngestReport stored = e.stored();
        err.println(file + ": " + Texts.both("cli.import.interrupted"));
        if (e.throughLine() == 0) {
            err.println(Texts.both("cli.import.nothing-stored"));
        } else {
            err.println(Texts.both("cli.import.stored-through", e.throughLine(), stored.accepted(), stored.updated(),
                    stored.duplicates(), stored.rejected()));
        }
        if (!notStarted.isEmpty()) {
            err.println(Texts.both("cli.import.not-started") + ": " + notStarted.stream().map(Path::toString)
                    .collect(Collectors.joining(", ")));
        }
        err.println(Texts.both("cli.import.run-again"));
        err.flush();
    }

    private IngestReport importFile(IngestService ingest, Path file) throws IOException {
        InputFormat format = InputFormat.ofFileName(file.toString()).orElseThrow();
        try (CountingStream in = new CountingStream(Files.newInputStream(file))) {
            ProgressBar bar = new ProgressBar(spec.commandLine().getErr(), file.getFileName().toString(),
                    Files.size(file), in::count, System.console() != null);
            try {
                return ingest.ingest(kind, format, new BufferedInputStream(in, 1 << 16), file.toString(),
                        new IngestListener() {
                            @Override
                            public void progress(long rows, long accepted, long duplicates, long rejected) {
                                bar.update(rows, accepted, duplicates, rejected);
                            }
                        });
            } finally {
                bar.finish();
            }
        }
    }

    /** Counts bytes for the progress bar. */
    private static final class CountingStream extends java.io.FilterInputStream {
        private long count;

        CountingStream(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            count += b >= 0 ? 1 : 0;
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            count += Math.max(n, 0);
            return n;
        }

        long count() {
            return count;
        }
    }
}
