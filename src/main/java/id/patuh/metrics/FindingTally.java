package id.patuh.metrics;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;

import id.patuh.findings.FindingView;

/** Open findings per code, severity, raw unit and status, with their ages, as of one instant. */
final class FindingTally {

    record OpenKey(String code, String severity, String unit, String sop, String status) {
    }

    record AgeKey(String severity, String unit, String age) {
    }

    record SeverityUnit(String severity, String unit) {
    }

    record UnitPeriod(String unit, String period) {
    }

    /** Age bands in days, as the inspektorat reviews follow-up: within a week, a month, a quarter. */
    /** The sop label of a finding about an indicator subject, which belongs to no SOP. */
    static final String NO_SOP = "-";

    static final String[] AGE_BANDS = {"0-7d", "8-30d", "31-90d", "90d+"};

    private final Instant now;
    private final Function<String, String> unitOfSop;
    final Map<OpenKey, Long> open = new HashMap<>();
    final Map<AgeKey, Long> byAge = new HashMap<>();
    final Map<SeverityUnit, Double> oldestSeconds = new HashMap<>();
    /** Audit items past their due date and not settled, per raw unit. */
    final Map<String, Long> overdue = new HashMap<>();

    /**
     * @param unitOfSop the unit a finding about an SOP (no unit of its own, e.g. SOP_NOT_RATIFIED)
     *                  is shown under: the SOP's first unit, whose Sekcam has to act on it
     */
    FindingTally(Instant now, Function<String, String> unitOfSop) {
        this.now = now;
        this.unitOfSop = unitOfSop;
    }

    void add(FindingView finding) {
        String unit = finding.unit() != null ? finding.unit() : unitOfSop.apply(finding.sopCode());
        String severity = finding.severity();
        String sop = finding.sopCode() == null ? NO_SOP : finding.sopCode();
        open.merge(new OpenKey(finding.code(), severity, unit, sop, finding.status().label()), 1L, Long::sum);
        double age = finding.detectedAt() == null ? 0
                : Math.max(0, Duration.between(finding.detectedAt(), now).toMillis() / 1000.0);
        byAge.merge(new AgeKey(severity, unit, band(age)), 1L, Long::sum);
        oldestSeconds.merge(new SeverityUnit(severity, unit), age, Math::max);
    }

    /** An audit item past its due date (the caller selects them with the list's overdue filter). */
    void addOverdue(FindingView finding) {
        String unit = finding.unit() != null ? finding.unit() : unitOfSop.apply(finding.sopCode());
        overdue.merge(unit, 1L, Long::sum);
    }

    static String band(double ageSeconds) {
        double days = ageSeconds / 86_400;
        if (days <= 7) {
            return AGE_BANDS[0];
        }
        if (days <= 30) {
            return AGE_BANDS[1];
        }
        return days <= 90 ? AGE_BANDS[2] : AGE_BANDS[3];
    }
}
