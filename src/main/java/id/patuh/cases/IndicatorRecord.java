package id.patuh.cases;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * Indicator data of one supplying unit for one period (interchange.md §2), validated.
 *
 * @param unit      supplying unit, e.g. {@code kec-kemlagi/kasi-pemerintahan}; tenant before the first "/"
 * @param period    {@code YYYY-Qn} or {@code YYYY}
 * @param direction {@code higher-better} (default) or {@code lower-better}
 */
public record IndicatorRecord(
        String recordId,
        String unit,
        String indicatorCode,
        String indicatorName,
        String level,
        String period,
        BigDecimal targetAnnual,
        BigDecimal targetPeriod,
        BigDecimal realization,
        String direction,
        String submittedBy,
        Instant submittedAt,
        String verifiedBy,
        Instant verifiedAt,
        String validatedBy,
        Instant validatedAt) implements IngestRecord {

    @Override
    public String id() {
        return recordId;
    }

    public boolean submitted() {
        return submittedAt != null;
    }
}
