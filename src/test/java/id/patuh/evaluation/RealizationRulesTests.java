package id.patuh.evaluation;

import static id.patuh.evaluation.Fixtures.wib;
import static id.patuh.evaluation.Fixtures.withCode;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

/** realization.drl and capaian-band.drl.csv */
class RealizationRulesTests {

    private static final String CODE = "REALIZATION_ANOMALY";

    private static List<Finding> values(String target, String realization, String direction) {
        return withCode(SubjectScript.create().record("rec-1", r -> {
            r.values(target, realization).direction = direction;
        }).evaluateAt(wib("2024-07-01T09:00")), CODE);
    }

    @Test
    void flagsRealizationWithoutTarget() {
        assertThat(values(null, "80", null)).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo("REALIZATION_ANOMALY realization without target");
            assertThat(f.severity()).isEqualTo("sedang");
            assertThat(f.evidence()).containsExactly("rec-1");
            assertThat(f.message()).contains("realisasi 80 tanpa target periode");
        });
        assertThat(values("0", "80", null)).hasSize(1);
    }

    @Test
    void flagsNegativeValuesOnce() {
        assertThat(values("100", "-5", null)).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo("REALIZATION_ANOMALY negative value");
            assertThat(f.message()).contains("nilai negatif: realization");
        });
    }

    @Test
    void flagsCapaianAboveTheBand() {
        assertThat(values("40", "100", null)).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo("REALIZATION_ANOMALY capaian outside band");
            assertThat(f.message()).contains("250 % berada di luar rentang wajar 0–200 %");
        });
    }

    @Test
    void theBandsEdgesAreInside() {
        assertThat(values("50", "100", null)).isEmpty();
        assertThat(values("50", "0", null)).isEmpty();
    }

    @Test
    void lowerBetterCapaianIsTwoMinusTheShare() {
        assertThat(SubjectFactBuilder.capaian(new BigDecimal("3"), new BigDecimal("1"), true))
                .isEqualByComparingTo("-100");
        assertThat(values("1", "3", "lower-better")).singleElement().extracting(Finding::message).asString()
                .contains("-100 %", "makin rendah makin baik");
        assertThat(values("10", "5", "lower-better")).isEmpty();
    }

    @Test
    void recordWithoutRealizationIsNotAnAnomaly() {
        assertThat(values("100", null, null)).isEmpty();
    }
}
