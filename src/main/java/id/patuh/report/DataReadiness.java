package id.patuh.report;

import java.util.List;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/**
 * The performance-data side of readiness.
 *
 * @param kelengkapan    requested subjects submitted / requested subjects past their deadline or submitted
 * @param ketepatanWaktu subjects first submitted by the deadline / requested subjects submitted
 * @param verifikasi     records verified by someone other than the submitter / submitted records
 * @param validasi       records validated / submitted records
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record DataReadiness(Figure kelengkapan, Figure ketepatanWaktu, Figure verifikasi, Figure validasi,
        List<SubjectLine> subjects) {
}
