package id.patuh.metrics;

/**
 * Requested indicator data of one (unit, period), as of one instant.
 *
 * <p>{@code expected} counts the subjects whose deadline has passed or whose data is already in:
 * data delivered early counts at once, and data not yet due does not count against the unit.
 */
final class SubmissionCounts {

    long expected;
    long received;
    long onTime;
    long recordsSubmitted;
    long recordsVerified;

    long missing() {
        return expected - received;
    }

    long unverified() {
        return recordsSubmitted - recordsVerified;
    }

    SubmissionCounts plus(SubmissionCounts other) {
        SubmissionCounts total = new SubmissionCounts();
        total.expected = expected + other.expected;
        total.received = received + other.received;
        total.onTime = onTime + other.onTime;
        total.recordsSubmitted = recordsSubmitted + other.recordsSubmitted;
        total.recordsVerified = recordsVerified + other.recordsVerified;
        return total;
    }

    /** Null where nothing is expected yet: 0/0 is no information, not 0 %. */
    Double completeness() {
        return expected == 0 ? null : (double) received / expected;
    }

    /**
     * On time among the data received, as the readiness report's ketepatan waktu (docs/reports.md):
     * missing data lowers completeness, not timeliness, so the gauge and the report agree (issue 17).
     */
    Double timeliness() {
        return received == 0 ? null : (double) onTime / received;
    }

    Double verification() {
        return recordsSubmitted == 0 ? null : (double) recordsVerified / recordsSubmitted;
    }
}
