package id.patuh.ingest;

import java.util.Locale;

import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;

/** Content-Type (or file name) to input format. */
final class IngestMediaTypes {

    private IngestMediaTypes() {
    }

    static InputFormat formatOf(String contentType) {
        if (contentType == null) {
            return null;
        }
        try {
            MediaType type = MediaType.parseMediaType(contentType);
            String subtype = type.getSubtype().toLowerCase(Locale.ROOT);
            return switch (subtype) {
                case "csv" -> InputFormat.CSV;
                case "json" -> InputFormat.JSON;
                case "x-ndjson", "ndjson", "jsonl", "x-jsonlines" -> InputFormat.NDJSON;
                case "xml", "xes+xml", "x-xes+xml" -> InputFormat.XES;
                default -> null;
            };
        } catch (InvalidMediaTypeException e) {
            return null;
        }
    }

    static String supported(DataKind kind) {
        return kind == DataKind.ACTIVITIES
                ? "text/csv, application/json, application/x-ndjson atau application/xml (XES)"
                : "text/csv, application/json atau application/x-ndjson";
    }
}
