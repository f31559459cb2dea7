package id.patuh.ingest;

import java.io.InputStream;
import java.util.Objects;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadConstraints;

import id.patuh.cases.DataKind;

/**
 * Opens a streaming {@link RowReader} for an interchange body (interchange.md §1–4). The
 * reader owns the body from then on: closing the reader closes it.
 */
public final class RowReaders {

    /**
     * How deep a JSON body may nest: a row is at most array, object, kelengkapan array; the
     * room above that only lets a wrong shape be named (an object where text belongs).
     */
    static final int MAX_JSON_DEPTH = 20;

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
     * The JSON parsers of one import. Numbers and strings may be as long as a row may be, so a
     * long one is still read to its end and refused as a row error of its field (a number by
     * {@link NumberBounds}); past that, and past {@link #MAX_JSON_DEPTH}, the parser stops and
     * {@link JsonReadErrors} says why. Either way a single value never costs more than that.
     */
    static JsonFactory jsonFactory(IngestProperties limits) {
        int rowChars = rowCharLimit(limits.maxFieldLength());
        return JsonFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxNestingDepth(MAX_JSON_DEPTH)
                        .maxNumberLength(rowChars)
                        .maxStringLength(rowChars)
                        .build())
                .build();
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
