package id.patuh.workload;

import java.util.List;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

import id.patuh.ingest.IngestReport;

/**
 * What a demo load put into the store.
 *
 * @param imports one report per imported file, as {@code import} prints them
 * @param findings findings stored after evaluation, of every status
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record DemoSummary(String quarter, long cases, long events, long records, long requests,
        List<ImportCounts> imports, long findings, long millis) {

    public DemoSummary {
        imports = List.copyOf(imports);
    }

    /** The counts of one import, without its row errors (there should be none). */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record ImportCounts(String kind, long accepted, long updated, long duplicates, long rejected) {

        static ImportCounts of(IngestReport report) {
            return new ImportCounts(report.kind(), report.accepted(), report.updated(), report.duplicates(),
                    report.rejected());
        }
    }
}
