package id.patuh.cli;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.springframework.context.ConfigurableApplicationContext;

import com.fasterxml.jackson.databind.ObjectMapper;

import id.patuh.ingest.DataKind;
import id.patuh.ingest.IngestListener;
import id.patuh.ingest.IngestReport;
import id.patuh.ingest.IngestService;
import id.patuh.ingest.InputFormat;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code import activities|indicators|requests FILE…} into the configured store: one JSON
 * report per file on stdout (one line each), progress on stderr.
 */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = "Impor berkas CSV/JSON/NDJSON/XES ke penyimpanan / import files into the store.")
class ImportCommand implements Callable<Integer> {

    static final int UNUSABLE_INPUT = 2;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "JENIS", description = "activities, indicators atau requests")
    DataKind kind;

    @Parameters(index = "1..*", arity = "1..*", paramLabel = "BERKAS", description = "berkas .csv .json .ndjson .xes")
    List<Path> files;

    @Override
    public Integer call() throws IOException {
        for (Path file : files) {
            if (!Files.isReadable(file) || InputFormat.ofFileName(file.toString()).isEmpty()) {
                spec.commandLine().getErr().println("Berkas tidak dapat dibaca atau formatnya tidak dikenal: " + file
                        + " / file unreadable or of unknown format (.csv .json .ndjson .jsonl .xes)");
                return UNUSABLE_INPUT;
            }
        }
        ObjectMapper json = new ObjectMapper();
        try (ConfigurableApplicationContext context = ServiceContext.start()) {
            IngestService ingest = context.getBean(IngestService.class);
            for (Path file : files) {
                IngestReport report = importFile(ingest, file);
                spec.commandLine().getOut().println(json.writeValueAsString(report));
            }
        }
        return 0;
    }

    private IngestReport importFile(IngestService ingest, Path file) throws IOException {
        InputFormat format = InputFormat.ofFileName(file.toString()).orElseThrow();
        try (CountingStream in = new CountingStream(Files.newInputStream(file))) {
            ProgressBar bar = new ProgressBar(spec.commandLine().getErr(), file.getFileName().toString(),
                    Files.size(file), in::count, System.console() != null);
            IngestReport report = ingest.ingest(kind, format, new BufferedInputStream(in, 1 << 16), file.toString(),
                    new IngestListener() {
                        @Override
                        public void progress(long rows, long accepted, long duplicates, long rejected) {
                            bar.update(rows, accepted, duplicates, rejected);
                        }
                    });
            bar.finish();
            return report;
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
