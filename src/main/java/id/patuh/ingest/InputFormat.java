package id.patuh.ingest;

import java.util.Locale;
import java.util.Optional;

/** The file formats patuh reads; XES only for activities. */
public enum InputFormat {
    CSV, JSON, NDJSON, XES, XLSX;

    /** By file extension: .csv, .json, .ndjson/.jsonl, .xes/.xml, .xlsx. */
    public static Optional<InputFormat> ofFileName(String fileName) {
        String name = fileName.toLowerCase(Locale.ROOT);
        if (name.endsWith(".csv")) {
            return Optional.of(CSV);
        }
        if (name.endsWith(".ndjson") || name.endsWith(".jsonl")) {
            return Optional.of(NDJSON);
        }
        if (name.endsWith(".json")) {
            return Optional.of(JSON);
        }
        if (name.endsWith(".xlsx")) {
            return Optional.of(XLSX);
        }
        if (name.endsWith(".xes") || name.endsWith(".xml")) {
            return Optional.of(XES);
        }
        return Optional.empty();
    }
}
