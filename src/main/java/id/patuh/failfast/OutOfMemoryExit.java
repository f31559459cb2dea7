package id.patuh.failfast;

import java.util.function.IntConsumer;

import org.springframework.modulith.NamedInterface;

/**
 * Halts the process when a throwable is, or was caused by, an {@link OutOfMemoryError}.
 *
 * <p>{@code Runtime.halt}, not {@code System.exit}: shutdown hooks would close the context and
 * the store on a heap that has no room left, and may hang; the store commits before it
 * acknowledges, so skipping them loses nothing that was promised.
 */
@NamedInterface("api")
public final class OutOfMemoryExit {

    /** The exit code of {@code -XX:+ExitOnOutOfMemoryError}, so that both look the same to a supervisor. */
    public static final int EXIT_CODE = 3;

    /** The one that stops this JVM. */
    public static final OutOfMemoryExit PROCESS = new OutOfMemoryExit(code -> Runtime.getRuntime().halt(code));

    private final IntConsumer halt;

    OutOfMemoryExit(IntConsumer halt) {
        this.halt = halt;
    }

    /** Halts if {@code error} or one of its causes is an {@code OutOfMemoryError}; otherwise does nothing. */
    public void haltIfOutOfMemory(Throwable error) {
        if (causedByOutOfMemory(error)) {
            report(error);
            halt.accept(EXIT_CODE);
        }
    }

    static boolean causedByOutOfMemory(Throwable error) {
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (cause instanceof OutOfMemoryError) {
                return true;
            }
            if (cause.getCause() == cause) {
                return false;
            }
        }
        return false;
    }

    /** Last words on stderr, best effort: with no heap left even building the line may fail. */
    private static void report(Throwable error) {
        try {
            System.err.println("FATAL: memori habis, proses dihentikan agar dimulai ulang / out of memory, "
                    + "halting so that the supervisor restarts the process: " + error);
            System.err.flush();
        } catch (Throwable ignored) {
            // halting matters more than the message
        }
    }

    /** Makes every thread that dies of an out-of-memory error halt the process; other deaths go on as before. */
    public static void installDefaultHandler() {
        Thread.UncaughtExceptionHandler previous = Thread.getDefaultUncaughtExceptionHandler();
        if (previous instanceof HaltingHandler) {
            return;
        }
        Thread.setDefaultUncaughtExceptionHandler(new HaltingHandler(PROCESS, previous));
    }

    /** The default uncaught-exception handler: halts on out of memory, else hands on to the previous one. */
    record HaltingHandler(OutOfMemoryExit exit, Thread.UncaughtExceptionHandler previous)
            implements Thread.UncaughtExceptionHandler {

        @Override
        public void uncaughtException(Thread thread, Throwable error) {
            exit.haltIfOutOfMemory(error);
            if (previous != null) {
                previous.uncaughtException(thread, error);
            } else {
                System.err.print("Exception in thread \"" + thread.getName() + "\" ");
                error.printStackTrace();
            }
        }
    }
}
