package id.patuh.cli;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Points commands that start the application at a fresh embedded file store for each test
 * (system properties win over the configuration files), and away from it afterwards.
 */
class TemporaryFileStore implements BeforeEachCallback, AfterEachCallback {

    private Path file;

    @Override
    public void beforeEach(ExtensionContext context) throws Exception {
        file = Files.createTempDirectory(Path.of("target"), "store-").resolve("store.mv.db");
        System.setProperty("patuh.store.file", file.toString());
        System.setProperty("patuh.store.backend", "file");
    }

    @Override
    public void afterEach(ExtensionContext context) {
        System.clearProperty("patuh.store.file");
        System.clearProperty("patuh.store.backend");
    }

    Path file() {
        return file;
    }
}
