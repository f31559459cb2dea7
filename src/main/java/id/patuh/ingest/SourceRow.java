package id.patuh.ingest;

import java.util.Map;

/**
 * One row as read from a file, before validation: lower-cased column names to raw text
 * (blank cells absent or empty).
 *
 * @param line the line where the row starts
 */
public record SourceRow(long line, Map<String, String> fields) implements ReadResult {

    public String get(String column) {
        String value = fields.get(column);
        return value == null || value.isBlank() ? null : value.strip();
    }
}
