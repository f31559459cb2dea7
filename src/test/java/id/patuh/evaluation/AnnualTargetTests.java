package id.patuh.evaluation;

import static id.patuh.evaluation.Fixtures.wib;
import static id.patuh.evaluation.Fixtures.withCode;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

/** realization.drl on annual records (semantics.md v2, "Annual indicator records"). */
class AnnualTargetTests {

    private static final String CODE = "REALIZATION_ANOMALY";

    private static List<Finding> record(String period, String annual, String target, String realization) {
        return withCode(SubjectScript.create().record("rec-1", r -> {
            r.period = period;
            r.targetAnnual = annual == null ? null : new BigDecimal(annual);
            r.values(target, realization);
        }).evaluateAt(wib("2025-02-01T09:00")), CODE);
    }

    @Test
    void wholeYearRecordWithOnlyAnAnnualTargetIsNotWithoutTarget() {
        assertThat(record("2024", "100", null, "80")).isEmpty();
    }

    @Test
    void wholeYearRecordMeasuresCapaianAgainstTheAnnualTarget() {
        // 250 / 100 = 250 %: outside the default 0-200 % band, so the annual target was used.
        assertThat(record("2024", "100", null, "250")).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo("REALIZATION_ANOMALY capaian outside band");
            assertThat(f.message()).contains("250 %").contains("target 100");
        });
        // 200 / 100 = 200 %: the band's edge is inside.
        assertThat(record("2024", "100", null, "200")).isEmpty();
    }

    @Test
    void wholeYearRecordPrefersItsTargetForThePeriod() {
        // target_period 50: 120 / 50 = 240 % is outside, although 120 / 100 would be inside.
        assertThat(record("2024", "100", "50", "120")).singleElement()
                .satisfies(f -> assertThat(f.message()).contains("240 %").contains("target 50"));
        assertThat(record("2024", "100", "50", "80")).isEmpty();
    }

    @Test
    void quarterRecordWithOnlyAnAnnualTargetIsNotWithoutTargetButHasNoCapaian() {
        // An annual target is a target of either kind; a quarter's realization is not measured against it.
        assertThat(record("2024-Q2", "100", null, "900")).isEmpty();
    }

    @Test
    void recordWithNeitherTargetIsStillWithoutTarget() {
        assertThat(record("2024", null, null, "80")).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo("REALIZATION_ANOMALY realization without target");
            assertThat(f.message()).contains("tanpa target periode maupun target tahunan");
        });
        assertThat(record("2024", "0", "0", "80")).hasSize(1);
    }
}
