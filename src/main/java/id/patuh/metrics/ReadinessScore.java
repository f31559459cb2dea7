package id.patuh.metrics;

/**
 * A first SAKIP readiness score of one unit for one period, 0–1, from what patuh already knows.
 * It stands in until the SAKIP readiness report (issue 6) defines the real assessment; replace
 * this class, not the metric, when it does.
 *
 * <pre>
 * kesiapan = 0.30 × kelengkapan          (received / expected requested data)
 *          + 0.30 × ketepatan waktu      (received on time / expected)
 *          + 0.20 × verifikasi           (verified / submitted records; 0 when none submitted)
 *          + 0.20 × (1 − min(1, temuan tinggi terbuka / expected))
 * </pre>
 *
 * Completeness and timeliness weigh most because a LKjIP cannot be written without the data;
 * verification and open high-severity findings (missing, unverified, self-verified data, skipped
 * steps) say whether the data can be trusted. No score while nothing is expected yet.
 */
final class ReadinessScore {

    static final double COMPLETENESS = 0.30;
    static final double TIMELINESS = 0.30;
    static final double VERIFICATION = 0.20;
    static final double FINDINGS = 0.20;

    private ReadinessScore() {
    }

    static Double of(SubmissionCounts counts, long openHighFindings) {
        if (counts.expected == 0) {
            return null;
        }
        Double verified = counts.verification();
        double findingsPenalty = Math.min(1.0, (double) openHighFindings / counts.expected);
        return COMPLETENESS * counts.completeness() + TIMELINESS * counts.timeliness()
                + VERIFICATION * (verified == null ? 0 : verified) + FINDINGS * (1 - findingsPenalty);
    }
}
