package id.patuh.report;

import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonValue;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/**
 * One indicator subject (supplying unit, indicator, period) as the data table shows it.
 *
 * @param dueAt            the deadline: the latest due_at of its requests (a later request extends it)
 * @param firstRecordId    the first record submitted at or before the report time, if any
 * @param submittedRecords records submitted at or before the report time
 * @param verified         of those, verified by someone other than the submitter
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
record SubjectLine(String unit, String indicatorCode, String indicatorName, String period,
        List<String> requestIds, Instant dueAt, String firstRecordId, Instant firstSubmittedAt, Status status,
        List<String> recordIds, long submittedRecords, long verified, long validated) {

    /** Where the subject stands. */
    public enum Status {
        TEPAT_WAKTU("tepat waktu"),
        TERLAMBAT("terlambat"),
        BELUM_DISAMPAIKAN("belum disampaikan"),
        BELUM_JATUH_TEMPO("belum jatuh tempo"),
        TANPA_PERMINTAAN("tanpa permintaan");

        private final String label;

        Status(String label) {
            this.label = label;
        }

        @JsonValue
        public String label() {
            return label;
        }

        boolean submitted() {
            return this == TEPAT_WAKTU || this == TERLAMBAT;
        }
    }
}
