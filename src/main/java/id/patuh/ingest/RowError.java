package id.patuh.ingest;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * Why one row was rejected.
 *
 * @param line     line in the file where the row starts (1-based; the header is line 1 of a CSV)
 * @param id       the row's id when it could be read, else null
 * @param field    the column at fault, or null when the row as a whole is unreadable
 * @param reason   Bahasa Indonesia
 * @param reasonEn English
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record RowError(long line, String id, String field, String reason, String reasonEn) implements ReadResult {
}
