package id.patuh.failfast;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The application, started without {@code -XX:+ExitOnOutOfMemoryError}, exits with code 3 when
 * it runs out of memory — inside a request (where Spring MVC would otherwise answer 500 and
 * carry on) and in a thread of its own — instead of running on half-alive.
 */
class OutOfMemoryExitIntegrationTests {

    private static final long EXIT_WITHIN_SECONDS = 60;

    @TempDir
    Path dir;

    @Test
    void runningOutOfMemoryInARequestEndsTheProcess() throws Exception {
        Process child = start("request");
        int port = port(child);

        String answer;
        try {
            HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create("http://127.0.0.1:" + port + "/oom-probe")).timeout(Duration.ofSeconds(30)).build(),
                    HttpResponse.BodyHandlers.ofString());
            answer = response.statusCode() + " " + response.body();
        } catch (java.io.IOException e) {
            answer = "no answer: " + e; // the process halted in the middle of the request
        }

        assertExitedOutOfMemory(child, answer);
    }

    @Test
    void runningOutOfMemoryInAThreadEndsTheProcess() throws Exception {
        Process child = start("thread");
        port(child);

        assertExitedOutOfMemory(child, "");
    }

    private void assertExitedOutOfMemory(Process child, String answer) throws Exception {
        boolean exited = child.waitFor(EXIT_WITHIN_SECONDS, TimeUnit.SECONDS);
        if (!exited) {
            child.destroyForcibly();
        }
        assertThat(exited).as("the process ended (answer was: %s)", answer).isTrue();
        assertThat(child.exitValue()).isEqualTo(OutOfMemoryExit.EXIT_CODE);
        assertThat(Files.readString(dir.resolve("child.err"))).contains("out of memory, halting");
    }

    private Process start(String mode) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return new ProcessBuilder(java, "-Xmx256m", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC",
                "-Dlogging.config=classpath:logback-cli.xml", "-Djava.io.tmpdir=" + dir,
                "-cp", System.getProperty("java.class.path"), OutOfMemoryProbe.class.getName(), mode)
                .redirectError(dir.resolve("child.err").toFile()).start();
    }

    private int port(Process child) throws Exception {
        BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
        String line;
        while ((line = out.readLine()) != null) {
            if (line.startsWith("PORT ")) {
                return Integer.parseInt(line.substring(5));
            }
        }
        throw new AssertionError("the child did not start: " + Files.readString(dir.resolve("child.err")));
    }
}
