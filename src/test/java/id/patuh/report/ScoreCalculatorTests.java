package id.patuh.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The formula's edges: bands, missing measures, the penalty cap, custom weights. */
class ScoreCalculatorTests {

    private static final SopAdherence NO_SOP = SopAdherence.total(List.of());

    @Test
    void bandsAreStrictlyAboveTheirLowerBound() {
        assertThat(SakipBand.of(90.1)).isEqualTo(SakipBand.AA);
        assertThat(SakipBand.of(90.0)).isEqualTo(SakipBand.A);
        assertThat(SakipBand.of(70.0)).isEqualTo(SakipBand.B);
        assertThat(SakipBand.of(50.1)).isEqualTo(SakipBand.CC);
        assertThat(SakipBand.of(30.1)).isEqualTo(SakipBand.C);
        assertThat(SakipBand.of(30.0)).isEqualTo(SakipBand.D);
        assertThat(SakipBand.of(0)).isEqualTo(SakipBand.D);
    }

    @Test
    void measuresWithoutDataDropOutAndTheirWeightIsNotCounted() {
        // a sub-unit with data only: 4 measures of weight 70; all perfect → 100, not 70
        ReadinessScore s = score(ReportFixtures.defaults(), perfectData(), NO_SOP, open(0, 0, 0));
        assertThat(s.value()).isEqualTo(100.0);
        assertThat(s.band()).isEqualTo(SakipBand.AA);
        assertThat(s.ready()).isTrue();
        assertThat(s.components().get(4).ratio()).isNull();
        assertThat(s.reasons()).containsExactly("Belum ada data untuk: Waktu sesuai Mutu Baku, Urutan langkah, "
                + "Pelaksana sesuai SOP; ukuran ini tidak ikut dihitung.");
    }

    @Test
    void thePenaltyIsCappedAndAnOpenHighFindingMeansNotReady() {
        // 20 tinggi × 3 = 60, capped at 30: 100 − 30 = 70.0, which is band B (BB needs more than 70)
        ReadinessScore s = score(ReportFixtures.defaults(), perfectData(), NO_SOP, open(20, 0, 0));
        assertThat(s.penalty().points()).isEqualTo(30.0);
        assertThat(s.value()).isEqualTo(70.0);
        assertThat(s.band()).isEqualTo(SakipBand.B);
        assertThat(s.ready()).isFalse();
    }

    @Test
    void noDataAtAllGivesNoScoreRatherThanZero() {
        DataReadiness empty = new DataReadiness(Figure.EMPTY, Figure.EMPTY, Figure.EMPTY, Figure.EMPTY, List.of());
        ReadinessScore s = score(ReportFixtures.defaults(), empty, NO_SOP, open(0, 0, 0));
        assertThat(s.value()).isNull();
        assertThat(s.band()).isNull();
        assertThat(s.reasons().get(0)).startsWith("Belum ada data kinerja");
    }

    @Test
    void weightsComeFromConfiguration() {
        ReportProperties onlyCompleteness = new ReportProperties(
                new ReportProperties.Weights(1, 0, 0, 0, 0, 0, 0), new ReportProperties.Penalty(0, 0, 0, 0), 70);
        DataReadiness data = new DataReadiness(figure(1, 4), figure(0, 1), figure(0, 1), figure(0, 1), List.of());
        ReadinessScore s = score(onlyCompleteness, data, NO_SOP, open(5, 5, 5));
        assertThat(s.value()).isEqualTo(25.0);
        assertThat(s.formula()).contains("min(0; 0 × temuan tinggi");
    }

    private static ReadinessScore score(ReportProperties p, DataReadiness d, SopAdherence s, OpenFindings o) {
        return new ScoreCalculator(p).score(d, s, o);
    }

    private static DataReadiness perfectData() {
        return new DataReadiness(figure(3, 3), figure(3, 3), figure(3, 3), figure(3, 3), List.of());
    }

    private static Figure figure(int numerator, int denominator) {
        List<String> counted = new ArrayList<>(Collections.nCopies(numerator, "x"));
        List<String> gaps = new ArrayList<>(Collections.nCopies(denominator - numerator, "y"));
        return Figure.of(counted, gaps, List.of());
    }

    private static OpenFindings open(long tinggi, long sedang, long rendah) {
        return new OpenFindings(List.of(new OpenFindings.SeverityCount("tinggi", tinggi, 1, List.of()),
                new OpenFindings.SeverityCount("sedang", sedang, 1, List.of()),
                new OpenFindings.SeverityCount("rendah", rendah, 1, List.of())), List.of());
    }
}
