package id.patuh.reliability;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * A JVM started with the test class path on an embedded file store, whose output is read line
 * by line and which can be killed with SIGKILL (no shutdown hooks, no last commit) the moment
 * a line shows it is where the test wants it.
 */
final class ChildJvm {

    private static final long TIME_LIMIT_SECONDS = 120;

    private final Path store;
    private final Path logs;
    private final List<String> properties = new ArrayList<>();
    private long killAfterMillis = -1;

    ChildJvm(Path store, Path logs) {
        this.store = store;
        this.logs = logs;
    }

    ChildJvm with(String property, String value) {
        properties.add("-D" + property + "=" + value);
        return this;
    }

    /** Also kill it (SIGKILL) this long after its start, whatever it printed: a kill at a random moment. */
    ChildJvm killAfter(long millis) {
        this.killAfterMillis = millis;
        return this;
    }

    /** What a run printed, whether it was killed, how it ended and how long it took. */
    record Run(List<String> lines, boolean killed, int exitCode, long millis) {

        /** The text after {@code prefix} of the last line that starts with it, or null. */
        String last(String prefix) {
            for (int i = lines.size() - 1; i >= 0; i--) {
                if (lines.get(i).startsWith(prefix)) {
                    return lines.get(i).substring(prefix.length());
                }
            }
            return null;
        }
    }

    /**
     * Runs {@code mainClass}; reads its stdout (or its stderr, with {@code readErr}) and kills it
     * with SIGKILL as soon as a line matches {@code killWhen}. The other stream goes to a file.
     */
    Run run(String name, boolean readErr, Predicate<String> killWhen, String mainClass, String... args)
            throws IOException, InterruptedException {
        // a short-lived JVM: C1 only and the serial collector halve the start-up on two busy cores
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(java, "-Xshare:auto", "-XX:TieredStopAtLevel=1",
                "-XX:+UseSerialGC", "-Dpatuh.store.backend=file", "-Dpatuh.store.file=" + store,
                "-Dlogging.config=classpath:logback-cli.xml", "-Djava.io.tmpdir=" + logs));
        command.addAll(properties);
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), mainClass));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command);
        if (readErr) {
            builder.redirectOutput(logs.resolve(name + ".out").toFile());
        } else {
            builder.redirectError(logs.resolve(name + ".err").toFile());
        }
        long started = System.nanoTime();
        Process process = builder.start();
        List<String> lines = new ArrayList<>();
        java.util.concurrent.atomic.AtomicBoolean killedByClock = new java.util.concurrent.atomic.AtomicBoolean();
        if (killAfterMillis >= 0) {
            Thread clock = new Thread(() -> {
                try {
                    if (!process.waitFor(killAfterMillis, TimeUnit.MILLISECONDS)) {
                        killedByClock.set(true);
                        process.destroyForcibly(); // SIGKILL on Linux
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }, "kill-clock");
            clock.setDaemon(true);
            clock.start();
        }
        boolean killed = false;
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                readErr ? process.getErrorStream() : process.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = in.readLine()) != null) {
                lines.add(line);
                if (killWhen.test(line)) {
                    process.destroyForcibly(); // SIGKILL on Linux
                    killed = true;
                    break;
                }
            }
        }
        if (!process.waitFor(TIME_LIMIT_SECONDS, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IllegalStateException(name + " ran longer than " + TIME_LIMIT_SECONDS + " s; see " + logs);
        }
        return new Run(lines, killed || killedByClock.get(), process.exitValue(), (System.nanoTime() - started) / 1_000_000);
    }
}
