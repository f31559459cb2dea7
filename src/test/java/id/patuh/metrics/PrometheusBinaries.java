package id.patuh.metrics;

import static org.assertj.core.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Finds the Debian {@code prometheus} and {@code promtool} binaries. In CI (CI=true) a missing
 * binary fails the test, because .ci/run installs them and a skip would hide a broken install;
 * elsewhere the test is skipped with a hint.
 */
final class PrometheusBinaries {

    private PrometheusBinaries() {
    }

    static Path require(String name) {
        Optional<Path> found = find(name);
        if (found.isEmpty()) {
            String message = name + " not found on PATH or in /usr/bin: apt-get install prometheus";
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                fail(message + " (CI=true: .ci/run must install it)");
            }
            assumeTrue(false, message);
        }
        return found.get();
    }

    private static Optional<Path> find(String name) {
        String path = System.getenv().getOrDefault("PATH", "");
        return Stream.concat(Stream.of(path.split(File.pathSeparator)), Stream.of("/usr/bin", "/usr/local/bin"))
                .filter(dir -> !dir.isBlank())
                .map(dir -> Path.of(dir, name))
                .filter(Files::isExecutable)
                .findFirst();
    }
}
