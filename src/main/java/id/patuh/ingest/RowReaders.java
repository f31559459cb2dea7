package id.patuh.ingest;

import java.io.InputStream;
import java.util.Objects;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;

/**
 * Opens a streaming {@link RowReader} for an interchange body (interchange.md §1–4). The
 * reader owns the body from then on: closing the reader closes it.
 */
public final class RowReaders {

    /**
     * Decimals stay exactly as written ({@code 12.50} is not turned into a double and back), so
     * a JSON number means the same as the CSV cell with the same digits.
     */
    static final ObjectMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .configure(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES, false)
            .build();

    private RowReaders() {
    }

    /**
     * A reader of {@code body} as rows of {@code kind}.
     *
     * @throws IllegalArgumentException for XES of anything but activities
     */
    public static RowReader open(DataKind kind, InputFormat format, InputStream body, IngestProperties limits) {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(limits, "limits");
        return switch (format) {
            case CSV -> new CsvRowReader(kind, new Utf8CharSource(body), limits);
            case JSON -> new JsonArrayRowReader(kind, body, limits);
            case NDJSON -> new NdjsonRowReader(kind, new Utf8CharSource(body), limits);
            case XES -> {
                if (kind != DataKind.ACTIVITIES) {
                    throw new IllegalArgumentException("XES hanya untuk log aktivitas / XES is for activity logs only, not "
                            + kind);
                }
                yield new XesRowReader(body);
            }
            case XLSX -> new XlsxRowReader(kind, body, limits);
        };
    }

    /**
     * The most characters one row may span before it is rejected without being kept: room for
     * every column at its limit, and never less than a mebibyte so that an over-long cell is
     * still read far enough to name its column.
     */
    static int rowCharLimit(int maxFieldLength) {
        return Math.max(1 << 20, maxFieldLength * 64);
    }
}
