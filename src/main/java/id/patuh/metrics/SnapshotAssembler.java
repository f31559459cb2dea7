package id.patuh.metrics;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.BinaryOperator;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.micrometer.core.instrument.Tags;

import id.patuh.metrics.MetricsSnapshot.GaugeRow;
import id.patuh.metrics.MetricsSnapshot.HistogramRow;

/**
 * Turns the tallies, which are keyed by raw unit code, into labelled rows: units beyond the cap
 * are summed into {@value UnitLabels#OTHER} before any ratio is taken (so the ratio of the
 * aggregate is exact), and only the latest periods are kept.
 */
final class SnapshotAssembler {

    private final Map<SnapshotGauge, List<GaugeRow>> rows = new EnumMap<>(SnapshotGauge.class);
    private final List<HistogramRow> histogram = new ArrayList<>();
    private final UnitLabels units;

    SnapshotAssembler(UnitLabels units) {
        this.units = units;
    }

    SnapshotAssembler cases(CaseTally tally) {
        fold(tally.cases, k -> new CaseTally.SopUnit(k.sop(), units.label(k.unit())), Long::sum).forEach((k, n) -> {
            add(SnapshotGauge.CASES, n, "sop", k.sop(), "unit", k.unit());
        });
        Map<CaseTally.StepKey, RatioCounts> steps = fold(tally.steps,
                k -> new CaseTally.StepKey(k.sop(), units.label(k.unit()), k.step()), RatioCounts::plus);
        steps.forEach((k, c) -> histogram.add(new HistogramRow(k.sop(), k.unit(), k.step(), c)));
        Map<CaseTally.SopUnit, RatioCounts> perSop = fold(steps, k -> new CaseTally.SopUnit(k.sop(), k.unit()),
                RatioCounts::plus);
        perSop.forEach((k, c) -> {
            add(SnapshotGauge.STEPS_EVALUATED, c.count, "sop", k.sop(), "unit", k.unit());
            add(SnapshotGauge.STEPS_WITHIN_STANDARD, c.within, "sop", k.sop(), "unit", k.unit());
            if (c.count > 0) {
                add(SnapshotGauge.COMPLIANCE_RATIO, (double) c.within / c.count, "sop", k.sop(), "unit", k.unit());
            }
        });
        return this;
    }

    SnapshotAssembler findings(FindingTally tally) {
        fold(tally.open, k -> new FindingTally.OpenKey(k.code(), k.severity(), units.label(k.unit()), k.sop(),
                k.status()), Long::sum).forEach((k, n) -> add(SnapshotGauge.FINDINGS_OPEN, n, "code", k.code(),
                        "severity", k.severity(), "unit", k.unit(), "sop", k.sop(), "status", k.status()));
        fold(tally.byAge, k -> new FindingTally.AgeKey(k.severity(), units.label(k.unit()), k.age()), Long::sum)
                .forEach((k, n) -> add(SnapshotGauge.FINDINGS_OPEN_BY_AGE, n, "severity", k.severity(),
                        "unit", k.unit(), "age", k.age()));
        fold(tally.oldestSeconds, k -> new FindingTally.SeverityUnit(k.severity(), units.label(k.unit())), Math::max)
                .forEach((k, s) -> add(SnapshotGauge.FINDINGS_OPEN_OLDEST_AGE, s, "severity", k.severity(),
                        "unit", k.unit()));
        return this;
    }

    /**
     * Overdue audit items per unit label; every catalog unit is there at 0 first, so the series
     * exist before anything is overdue (an alert on them needs a series to compare).
     */
    SnapshotAssembler followUps(java.util.Collection<String> catalogUnits, Map<String, Long> overdueByUnit) {
        Map<String, Long> byLabel = new TreeMap<>();
        catalogUnits.forEach(u -> byLabel.put(units.label(u), 0L));
        overdueByUnit.forEach((u, n) -> byLabel.merge(units.label(u), n, Long::sum));
        byLabel.forEach((unit, n) -> add(SnapshotGauge.FOLLOWUP_OVERDUE, n, "unit", unit));
        return this;
    }

    /**
     * @param readiness the readiness report's score (0–100) of a unit and period; asked only for units
     *                  shown under their own code (an aggregate of several units has no report)
     */
    SnapshotAssembler submissions(SubjectTally subjects, ReadinessSource readiness, int maxPeriods) {
        Set<String> periods = subjects.subjects.keySet().stream().map(SubjectTally.UnitPeriod::period)
                .distinct().sorted(Comparator.reverseOrder()).limit(maxPeriods).collect(Collectors.toSet());
        Map<SubjectTally.UnitPeriod, SubmissionCounts> counts = fold(subjects.subjects,
                k -> new SubjectTally.UnitPeriod(units.label(k.unit()), k.period()), SubmissionCounts::plus);
        counts.forEach((k, c) -> {
            if (periods.contains(k.period())) {
                submission(k.unit(), k.period(), c);
                if (!UnitLabels.OTHER.equals(k.unit())) {
                    OptionalDouble score = readiness.score(k.unit(), k.period());
                    if (score.isPresent()) {
                        // the report's 0–100 as a Prometheus ratio (base unit 0–1)
                        add(SnapshotGauge.SAKIP_READINESS_SCORE, score.getAsDouble() / 100, "unit", k.unit(),
                                "period", k.period());
                    }
                }
            }
        });
        return this;
    }

    /** The readiness report's score of a unit and period, 0–100 (the report package computes it). */
    @FunctionalInterface
    interface ReadinessSource {
        OptionalDouble score(String unit, String period);
    }

    private void submission(String unit, String period, SubmissionCounts c) {
        String[] tags = {"unit", unit, "period", period};
        add(SnapshotGauge.SUBMISSIONS_EXPECTED, c.expected, tags);
        add(SnapshotGauge.SUBMISSIONS_RECEIVED, c.received, tags);
        add(SnapshotGauge.SUBMISSIONS_ON_TIME, c.onTime, tags);
        add(SnapshotGauge.SUBMISSIONS_MISSING, c.missing(), tags);
        add(SnapshotGauge.RECORDS_SUBMITTED, c.recordsSubmitted, tags);
        add(SnapshotGauge.RECORDS_VERIFIED, c.recordsVerified, tags);
        add(SnapshotGauge.RECORDS_UNVERIFIED, c.unverified(), tags);
        addIfKnown(SnapshotGauge.SUBMISSION_COMPLETENESS_RATIO, c.completeness(), tags);
        addIfKnown(SnapshotGauge.SUBMISSION_TIMELINESS_RATIO, c.timeliness(), tags);
        addIfKnown(SnapshotGauge.VERIFICATION_RATIO, c.verification(), tags);
    }

    SnapshotAssembler service(String ruleSetVersion, double refreshSeconds, Instant at) {
        add(SnapshotGauge.RULES_INFO, 1, "version", ruleSetVersion);
        add(SnapshotGauge.UNITS_AGGREGATED, units.aggregated());
        add(SnapshotGauge.REFRESH_DURATION, refreshSeconds);
        add(SnapshotGauge.REFRESH_TIMESTAMP, at.toEpochMilli() / 1000.0);
        return this;
    }

    MetricsSnapshot build(Instant at) {
        return new MetricsSnapshot(at, rows, histogram);
    }

    private void addIfKnown(SnapshotGauge gauge, Double value, String... tags) {
        if (value != null) {
            add(gauge, value, tags);
        }
    }

    private void add(SnapshotGauge gauge, double value, String... tags) {
        rows.computeIfAbsent(gauge, g -> new ArrayList<>()).add(new GaugeRow(Tags.of(tags), value));
    }

    /** Re-keys a tally by label; keys that meet are merged. Sorted, so the rows come in a stable order. */
    private static <K, L, V> Map<L, V> fold(Map<K, V> raw, Function<K, L> relabel, BinaryOperator<V> merge) {
        Map<L, V> folded = new TreeMap<>(Comparator.comparing(Object::toString));
        raw.forEach((key, value) -> folded.merge(relabel.apply(key), value, merge));
        return folded;
    }
}
