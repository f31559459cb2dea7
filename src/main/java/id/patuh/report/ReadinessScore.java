package id.patuh.report;

import java.util.List;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/**
 * The readiness score with everything needed to recompute it by hand.
 *
 * @param value   0–100 with one decimal, null when no measure has data
 * @param band    SAKIP letter of {@code value} (AA … D), null with {@code value}
 * @param ready   score above {@code patuh.report.ready-above} and no open {@code tinggi} finding
 * @param base    the weighted mean of the measured ratios × 100, before the penalty
 * @param reasons why the unit is not (fully) ready, largest loss first, in Bahasa Indonesia
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record ReadinessScore(Double value, SakipBand band, boolean ready, double base, List<Component> components,
        Penalty penalty, String formula, List<String> reasons) {

    /**
     * @param ratio  null when the measure has no data (then it does not count)
     * @param points what it adds to the base: weight × ratio ÷ sum of counted weights × 100
     */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record Component(String key, String label, double weight, Double ratio, Double points) {
    }

    /** Open findings by severity and the points they take off (at most {@code max}). */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record Penalty(long tinggi, long sedang, long rendah, double perTinggi, double perSedang,
            double perRendah, double max, double points) {
    }
}
