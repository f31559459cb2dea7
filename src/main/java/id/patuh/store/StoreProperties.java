package id.patuh.store;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

/**
 * Settings of the embedded store, used only when no MongoDB URI is configured.
 *
 * @param backend  {@code file} (durable H2 MVStore file, the default) or {@code memory}
 * @param file     the H2 MVStore file of the {@code file} backend
 * @param host     address the wire server listens on; loopback only by default
 * @param port     0 picks a free port
 * @param database database name used by the application
 */
@Validated
@ConfigurationProperties("patuh.store")
public record StoreProperties(
        @DefaultValue("file") @NotNull EmbeddedBackend backend,
        @DefaultValue("data/patuh.mv.db") @NotNull Path file,
        @DefaultValue("127.0.0.1") @NotBlank String host,
        @DefaultValue("0") @Min(0) @Max(65535) int port,
        @DefaultValue("patuh") @NotBlank String database) {

    /** Where the embedded server keeps its data. */
    public enum EmbeddedBackend { FILE, MEMORY }
}
