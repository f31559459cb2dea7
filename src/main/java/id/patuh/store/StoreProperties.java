package id.patuh.store;

import java.nio.file.Path;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.ConstructorBinding;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

/**
 * Settings of the store. The first five apply to the embedded store only (no MongoDB URI
 * configured); the timeouts and {@code retryAfter} apply to every store.
 *
 * @param backend                {@code file} (durable H2 MVStore file, the default) or {@code memory}
 * @param file                   the H2 MVStore file of the {@code file} backend
 * @param host                   address the wire server listens on; loopback only by default
 * @param port                   0 picks a free port
 * @param database               database name used by the application
 * @param serverSelectionTimeout how long an operation waits for a usable server before it fails;
 *                               a store outage surfaces after this long (not after the driver's 30 s)
 * @param connectTimeout         how long opening a connection may take
 * @param readTimeout            how long the driver waits for a reply on an open connection; longer
 *                               than the slowest legitimate operation (a bulk write of one batch)
 * @param retryAfter             what a 503 answer tells a client to wait ({@code Retry-After}) when
 *                               the store is unreachable
 */
@Validated
@ConfigurationProperties("patuh.store")
public record StoreProperties(
        @DefaultValue("file") @NotNull EmbeddedBackend backend,
        @DefaultValue("data/patuh.mv.db") @NotNull Path file,
        @DefaultValue("127.0.0.1") @NotBlank String host,
        @DefaultValue("0") @Min(0) @Max(65535) int port,
        @DefaultValue("patuh") @NotBlank String database,
        @DefaultValue("10s") @NotNull Duration serverSelectionTimeout,
        @DefaultValue("5s") @NotNull Duration connectTimeout,
        @DefaultValue("60s") @NotNull Duration readTimeout,
        @DefaultValue("30s") @NotNull Duration retryAfter) {

    @ConstructorBinding
    public StoreProperties {
    }

    /** An embedded store with the default timeouts (tests and probes that start one themselves). */
    public StoreProperties(EmbeddedBackend backend, Path file, String host, int port, String database) {
        this(backend, file, host, port, database, Duration.ofSeconds(10), Duration.ofSeconds(5),
                Duration.ofSeconds(60), Duration.ofSeconds(30));
    }

    /** Whole seconds for a {@code Retry-After} header, at least 1. */
    public long retryAfterSeconds() {
        return Math.max(1, retryAfter.toSeconds());
    }

    /** Where the embedded server keeps its data. */
    public enum EmbeddedBackend { FILE, MEMORY }
}
