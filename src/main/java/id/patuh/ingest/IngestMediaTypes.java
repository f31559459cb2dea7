package id.patuh.ingest;

import java.util.Locale;

import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;

/** Content-Type (or file name) to input format. */
final class IngestMediaTypes {

    /** The media type of an Excel workbook (.xlsx). */
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

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
                case "vnd.openxmlformats-officedocument.spreadsheetml.sheet" -> InputFormat.XLSX;
                default -> null;
            };
        } catch (InvalidMediaTypeException e) {
            return null;
        }
    }
}
