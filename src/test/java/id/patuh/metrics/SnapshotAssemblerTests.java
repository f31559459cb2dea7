package id.patuh.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Instant;
import java.util.List;
import java.util.OptionalDouble;

import org.junit.jupiter.api.Test;

/** Folding units into "lainnya", ratios, periods and the readiness score, without a store. */
class SnapshotAssemblerTests {

    private static final Instant NOW = Instant.parse("2024-05-01T00:00:00Z");

    @Test
    void unitsAboveTheCapAreSummedBeforeTheRatioIsTaken() {
        CaseTally cases = caseTally();
        steps(cases, "kec-a", 10, 10);
        steps(cases, "kec-b", 9, 10);
        steps(cases, "kec-c", 1, 2);
        UnitLabels units = UnitLabels.assign(List.of("kec-a"), List.of("kec-a", "kec-b", "kec-c"), 1);

        MetricsSnapshot snapshot = new SnapshotAssembler(units).cases(cases).build(NOW);

        assertThat(snapshot.value(SnapshotGauge.COMPLIANCE_RATIO, "sop", "s", "unit", "kec-a")).hasValue(1.0);
        // (9 + 1) / (10 + 2), not the mean of 0.9 and 0.5
        assertThat(snapshot.value(SnapshotGauge.COMPLIANCE_RATIO, "sop", "s", "unit", "lainnya").getAsDouble())
                .isCloseTo(10.0 / 12, within(1e-9));
        assertThat(snapshot.value(SnapshotGauge.STEPS_EVALUATED, "sop", "s", "unit", "lainnya")).hasValue(12);
        assertThat(snapshot.histogram()).extracting(MetricsSnapshot.HistogramRow::unit)
                .containsOnly("kec-a", "lainnya");
    }

    @Test
    void noRatioWhereNothingWasEvaluatedButTheCountsShowZero() {
        CaseTally cases = caseTally();
        cases.cases.put(new CaseTally.SopUnit("s", "kec-a"), 0L);
        cases.steps.put(new CaseTally.StepKey("s", "kec-a", 1), new RatioCounts());

        MetricsSnapshot snapshot = new SnapshotAssembler(UnitLabels.assign(List.of(), List.of("kec-a"), 5))
                .cases(cases).build(NOW);

        assertThat(snapshot.value(SnapshotGauge.STEPS_EVALUATED, "sop", "s", "unit", "kec-a")).hasValue(0);
        assertThat(snapshot.value(SnapshotGauge.CASES, "sop", "s", "unit", "kec-a")).hasValue(0);
        assertThat(snapshot.value(SnapshotGauge.COMPLIANCE_RATIO, "sop", "s", "unit", "kec-a")).isEmpty();
    }

    @Test
    void submissionRatiosAndReadinessPerUnitAndOnlyTheLatestPeriods() {
        SubjectTally subjects = new SubjectTally(NOW);
        subjects.subjects.put(new SubjectTally.UnitPeriod("kec-a/x", "2024-Q1"), counts(4, 3, 2, 3, 3));
        subjects.subjects.put(new SubjectTally.UnitPeriod("kec-a/x", "2023-Q4"), counts(1, 1, 1, 1, 1));
        subjects.subjects.put(new SubjectTally.UnitPeriod("kec-a/x", "2023-Q3"), counts(1, 1, 1, 1, 1));
        SnapshotAssembler.ReadinessSource reports = (unit, period) -> period.equals("2024-Q1")
                ? OptionalDouble.of(38.4) : OptionalDouble.empty();

        MetricsSnapshot snapshot = new SnapshotAssembler(UnitLabels.assign(List.of(), List.of("kec-a/x"), 5))
                .submissions(subjects, reports, 2).build(NOW);

        String[] q1 = {"unit", "kec-a/x", "period", "2024-Q1"};
        assertThat(snapshot.value(SnapshotGauge.SUBMISSION_COMPLETENESS_RATIO, q1)).hasValue(0.75);
        // changed (issue 17, one computation): on time among the 3 received, as the readiness report, not of the 4 expected
        assertThat(snapshot.value(SnapshotGauge.SUBMISSION_TIMELINESS_RATIO, q1)).hasValue(2.0 / 3);
        assertThat(snapshot.value(SnapshotGauge.VERIFICATION_RATIO, q1)).hasValue(1.0);
        assertThat(snapshot.value(SnapshotGauge.SUBMISSIONS_MISSING, q1)).hasValue(1);
        // the readiness report's score, 38.4 of 100, as a ratio
        assertThat(snapshot.value(SnapshotGauge.SAKIP_READINESS_SCORE, q1).getAsDouble()).isCloseTo(0.384, within(1e-9));
        assertThat(snapshot.rows(SnapshotGauge.SAKIP_READINESS_SCORE)).as("no score where the report has none")
                .hasSize(1);
        assertThat(snapshot.value(SnapshotGauge.SAKIP_READINESS_SCORE, "unit", "kec-a/x", "period", "2023-Q3"))
                .isEmpty();
    }

    @Test
    void everySeriesCarriesExactlyTheLabelsItsGaugeDeclares() {
        CaseTally cases = caseTally();
        cases.cases.put(new CaseTally.SopUnit("s", "kec-a"), 1L);
        steps(cases, "kec-a", 3, 4);
        SubjectTally subjects = new SubjectTally(NOW);
        subjects.subjects.put(new SubjectTally.UnitPeriod("kec-a/x", "2024-Q1"), counts(2, 1, 1, 1, 0));
        FindingTally findings = new FindingTally(NOW, sop -> "kec-a");
        findings.open.put(new FindingTally.OpenKey("STEP_SKIPPED", "tinggi", "kec-a", "s", "terbuka"), 1L);
        findings.byAge.put(new FindingTally.AgeKey("tinggi", "kec-a", "0-7d"), 1L);
        findings.oldestSeconds.put(new FindingTally.SeverityUnit("tinggi", "kec-a"), 60.0);
        findings.overdue.put("kec-a", 2L);

        MetricsSnapshot snapshot = new SnapshotAssembler(UnitLabels.assign(List.of(), List.of("kec-a", "kec-a/x"), 5))
                .cases(cases).findings(findings).followUps(List.of(), findings.overdue)
                .submissions(subjects, (u, p) -> OptionalDouble.of(50), 8)
                .service("v1", 0.1, NOW).build(NOW);

        for (SnapshotGauge gauge : SnapshotGauge.values()) {
            assertThat(snapshot.rows(gauge)).as(gauge.name()).isNotEmpty().allSatisfy(row -> assertThat(
                    row.tags().stream().map(io.micrometer.core.instrument.Tag::getKey))
                    .as(gauge.name()).containsExactlyInAnyOrder(gauge.labels()));
        }
    }

    @Test
    void overdueFollowUpsArePerUnitWithEveryCatalogUnitAtZeroAndUnitsBeyondTheCapFolded() {
        FindingTally findings = new FindingTally(NOW, sop -> "kec-a");
        findings.overdue.put("kec-b", 2L);
        findings.overdue.put("kec-x", 1L);
        findings.overdue.put("kec-y", 4L);

        MetricsSnapshot snapshot = new SnapshotAssembler(UnitLabels.assign(List.of("kec-a", "kec-b"),
                List.of("kec-x", "kec-y"), 3)).followUps(List.of("kec-a", "kec-b"), findings.overdue).build(NOW);

        assertThat(snapshot.rows(SnapshotGauge.FOLLOWUP_OVERDUE)).extracting(r -> unitOf(r) + "=" + r.value()).containsExactlyInAnyOrder("kec-a=0.0", "kec-b=2.0", "kec-x=1.0",
                        UnitLabels.OTHER + "=4.0");
        MetricsSnapshot before = new SnapshotAssembler(UnitLabels.assign(List.of("kec-a"), List.of(), 3))
                .followUps(List.of("kec-a"), java.util.Map.of()).build(NOW);
        assertThat(before.rows(SnapshotGauge.FOLLOWUP_OVERDUE)).extracting(r -> unitOf(r) + "=" + r.value()).containsExactly("kec-a=0.0");
    }

    @Test
    void anAggregateOfSeveralUnitsHasNoReadinessScore() {
        SubjectTally subjects = new SubjectTally(NOW);
        subjects.subjects.put(new SubjectTally.UnitPeriod("kec-a", "2024-Q1"), counts(1, 1, 1, 1, 1));
        subjects.subjects.put(new SubjectTally.UnitPeriod("kec-b", "2024-Q1"), counts(1, 1, 1, 1, 1));
        subjects.subjects.put(new SubjectTally.UnitPeriod("kec-c", "2024-Q1"), counts(1, 1, 1, 1, 1));
        List<String> asked = new java.util.ArrayList<>();

        MetricsSnapshot snapshot = new SnapshotAssembler(UnitLabels.assign(List.of(), List.of("kec-a", "kec-b",
                "kec-c"), 1)).submissions(subjects, (u, p) -> {
                    asked.add(u);
                    return OptionalDouble.of(80);
                }, 2).build(NOW);

        assertThat(asked).doesNotContain(UnitLabels.OTHER);
        assertThat(snapshot.value(SnapshotGauge.SAKIP_READINESS_SCORE, "unit", UnitLabels.OTHER, "period", "2024-Q1"))
                .isEmpty();
    }

    private static String unitOf(MetricsSnapshot.GaugeRow row) {
        return row.tags().stream().filter(t -> t.getKey().equals("unit")).findFirst().orElseThrow().getValue();
    }

    private static CaseTally caseTally() {
        return new CaseTally(List.of(), null, NOW);
    }

    private static void steps(CaseTally tally, String unit, int within, int total) {
        RatioCounts counts = tally.steps.computeIfAbsent(new CaseTally.StepKey("s", unit, 1), k -> new RatioCounts());
        for (int i = 0; i < total; i++) {
            counts.add(i < within ? 0.5 : 1.5);
        }
    }

    private static SubmissionCounts counts(long expected, long received, long onTime, long submitted,
            long verified) {
        SubmissionCounts counts = new SubmissionCounts();
        counts.expected = expected;
        counts.received = received;
        counts.onTime = onTime;
        counts.recordsSubmitted = submitted;
        counts.recordsVerified = verified;
        return counts;
    }
}
