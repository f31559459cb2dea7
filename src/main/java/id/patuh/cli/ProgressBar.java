package id.patuh.cli;

import java.io.PrintWriter;
import java.util.function.LongSupplier;

import id.patuh.messages.Texts;

/**
 * Progress of a long import on stderr: a bar redrawn in place on a terminal, a line every
 * 10 % otherwise (logs, CI), never more than four times a second.
 */
final class ProgressBar {

    private static final int WIDTH = 30;
    private static final long MIN_INTERVAL_NANOS = 250_000_000L;

    private final PrintWriter err;
    private final String label;
    private final long totalBytes;
    private final LongSupplier bytesRead;
    private final boolean terminal;
    private long lastDraw;
    private int lastDecile = -1;

    ProgressBar(PrintWriter err, String label, long totalBytes, LongSupplier bytesRead, boolean terminal) {
        this.err = err;
        this.label = label;
        this.totalBytes = Math.max(totalBytes, 1);
        this.bytesRead = bytesRead;
        this.terminal = terminal;
    }

    void update(long rows, long accepted, long duplicates, long rejected) {
        int percent = (int) Math.min(100, bytesRead.getAsLong() * 100 / totalBytes);
        long now = System.nanoTime();
        if (terminal && now - lastDraw >= MIN_INTERVAL_NANOS) {
            lastDraw = now;
            int filled = percent * WIDTH / 100;
            // grouped as before (%,d); the bundle prints its arguments as given
            err.printf("\r%s [%s%s] %3d%% %s", label, "#".repeat(filled), " ".repeat(WIDTH - filled), percent,
                    Texts.id("cli.progress.bar", grouped(rows), grouped(accepted), grouped(duplicates),
                            grouped(rejected)));
            err.flush();
        } else if (!terminal && percent / 10 > lastDecile) {
            lastDecile = percent / 10;
            err.printf("%s %d%% %,d %s%n", label, percent, rows, Texts.both("cli.progress.rows"));
            err.flush();
        }
    }

    private static String grouped(long number) {
        return String.format("%,d", number);
    }

    void finish() {
        if (terminal) {
            err.println();
        }
    }
}
