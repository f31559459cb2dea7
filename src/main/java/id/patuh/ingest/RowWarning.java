package id.patuh.ingest;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/** Something worth telling about a row or the file that did not stop it from being stored. */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record RowWarning(long line, String id, String field, String message, String messageEn) {
}
