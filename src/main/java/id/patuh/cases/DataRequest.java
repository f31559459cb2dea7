package id.patuh.cases;

import java.time.Instant;

/** What was asked of which unit, for which indicator and period, by when (interchange.md §3). */
public record DataRequest(
        String requestId,
        String caseId,
        String unit,
        String indicatorCode,
        String period,
        Instant dueAt) implements IngestRecord {

    @Override
    public String id() {
        return requestId;
    }
}
