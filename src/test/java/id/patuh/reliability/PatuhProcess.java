package id.patuh.reliability;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

/**
 * The patuh service in a child JVM with the test class path, on a port of its own, its log read
 * line by line as it runs (also kept in {@code <name>.log} for a failed run's reader).
 */
final class PatuhProcess implements AutoCloseable {

    private static final String READY = "Started PatuhApplication";

    private final String name;
    private final Process process;
    private final int port;
    private final List<String> lines = new CopyOnWriteArrayList<>();

    private PatuhProcess(String name, Process process, int port) {
        this.name = name;
        this.process = process;
        this.port = port;
        Thread reader = new Thread(this::readLog, name + "-log");
        reader.setDaemon(true);
        reader.start();
    }

    /** Starts {@code PatuhApplication} with these system properties ({@code key=value}). */
    static PatuhProcess start(String name, Path logs, List<String> properties) throws IOException {
        int port = freePort();
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        // a short-lived JVM: C1 only and the serial collector halve the start-up on two busy cores
        List<String> command = new ArrayList<>(List.of(java, "-Xshare:auto", "-XX:TieredStopAtLevel=1",
                "-XX:+UseSerialGC", "-Xmx384m", "-Djava.io.tmpdir=" + logs, "-Dserver.port=" + port,
                "-Dspring.main.banner-mode=off"));
        properties.forEach(p -> command.add("-D" + p));
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), "id.patuh.PatuhApplication"));
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.PIPE).start();
        return new PatuhProcess(name, process, port);
    }

    /** Starts another one once this one is ready (a resource of the same try, so both are stopped). */
    PatuhProcess andThen(String otherName, Path logs, List<String> properties) throws IOException {
        return start(otherName, logs, properties);
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private void readLog() {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getInputStream(),
                StandardCharsets.UTF_8))) {
            String line;
            while ((line = in.readLine()) != null) {
                lines.add(line);
            }
        } catch (IOException e) {
            lines.add("(log ended: " + e + ")");
        }
    }

    /** Waits until the service has started; fails with its log if it ends or takes too long. */
    PatuhProcess awaitReady(Duration limit) throws InterruptedException {
        long deadline = System.nanoTime() + limit.toNanos();
        while (lines.stream().noneMatch(l -> l.contains(READY))) {
            if (!process.isAlive() || System.nanoTime() > deadline) {
                throw new AssertionError(name + " did not start (" + (process.isAlive() ? "too slow" : "ended")
                        + "):\n" + String.join("\n", lines));
            }
            Thread.sleep(100);
        }
        return this;
    }

    String url(String path) {
        return "http://127.0.0.1:" + port + path;
    }

    List<String> log() {
        return List.copyOf(lines);
    }

    boolean isAlive() {
        return process.isAlive();
    }

    /** SIGTERM: the service shuts down as an operator's stop would. */
    void stop() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            stop();
        }
    }

    @Override
    public String toString() {
        return name + "\n" + String.join("\n", lines);
    }
}
