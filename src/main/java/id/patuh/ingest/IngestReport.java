package id.patuh.ingest;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/**
 * What one import stored, exactly: the answer of the ingest API and of {@code import}.
 *
 * @param accepted        rows stored now
 * @param updated         rows that completed a stored row: they filled fields that were empty
 *                        (a running step's finished_at, a record's verified_at) and changed no value
 * @param duplicates      rows identical to what was already stored (nothing stored)
 * @param rejected        rows refused; each has one entry in {@code errors}
 * @param errors          one entry per rejected row (all its problems in the reason), at most
 *                        {@link IngestRun#MAX_REPORTED} — see {@code errorsTruncated}
 * @param stoppedBecause  null when the whole input was read; else why reading stopped early
 *                        (everything counted above is still exactly what was stored)
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonInclude(JsonInclude.Include.ALWAYS)
public record IngestReport(
        String kind,
        String source,
        long accepted,
        long updated,
        long duplicates,
        long rejected,
        List<RowError> errors,
        boolean errorsTruncated,
        List<RowWarning> warnings,
        String stoppedBecause,
        String stoppedBecauseEn) {

    public boolean stoppedEarly() {
        return stoppedBecause != null;
    }
}
