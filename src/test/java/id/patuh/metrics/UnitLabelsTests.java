package id.patuh.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class UnitLabelsTests {

    @Test
    void keepsEveryUnitWhileTheyFitUnderTheCap() {
        UnitLabels labels = UnitLabels.assign(List.of("kec-b"), List.of("kec-a", "kec-b", "kec-a/kasi-x"), 3);

        assertThat(labels.label("kec-a/kasi-x")).isEqualTo("kec-a/kasi-x");
        assertThat(labels.aggregated()).isZero();
    }

    @Test
    void catalogUnitsKeepTheirLabelFirstAndTheRestAboveTheCapShareLainnya() {
        UnitLabels labels = UnitLabels.assign(List.of("kec-z"), List.of("kec-a", "kec-b", "kec-c", "kec-z"), 2);

        assertThat(labels.label("kec-z")).isEqualTo("kec-z");
        assertThat(labels.label("kec-a")).isEqualTo("kec-a");
        assertThat(labels.label("kec-b")).isEqualTo(UnitLabels.OTHER);
        assertThat(labels.label("kec-c")).isEqualTo(UnitLabels.OTHER);
        assertThat(labels.aggregated()).isEqualTo(2);
    }

    @Test
    void aUnitNeverSeenIsAggregatedAndNoUnitHasItsOwnMark() {
        UnitLabels labels = UnitLabels.assign(List.of(), List.of("kec-a"), 5);

        assertThat(labels.label("kec-baru")).isEqualTo(UnitLabels.OTHER);
        assertThat(labels.label(null)).isEqualTo(UnitLabels.NONE);
    }
}
