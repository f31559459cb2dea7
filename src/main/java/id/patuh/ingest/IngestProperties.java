package id.patuh.ingest;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/**
 * Limits and batching of ingest.
 *
 * @param maxRequestSize   largest accepted request body (413 above it)
 * @param maxRows          most rows in one request or file (413 / an error above it)
 * @param maxFieldLength   longest accepted cell, in characters
 * @param batchSize        rows per bulk write
 */
@Validated
@ConfigurationProperties("patuh.ingest")
public record IngestProperties(
        @DefaultValue("50MB") @NotNull DataSize maxRequestSize,
        @DefaultValue("2000000") @Min(1) int maxRows,
        @DefaultValue("2000") @Min(16) @Max(1_000_000) int maxFieldLength,
        @DefaultValue("1000") @Min(1) @Max(100_000) int batchSize) {

    public static IngestProperties defaults() {
        return new IngestProperties(DataSize.ofMegabytes(50), 2_000_000, 2000, 1000);
    }
}
