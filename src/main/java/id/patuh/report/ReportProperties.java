package id.patuh.report;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.PositiveOrZero;

/**
 * The readiness score formula (docs/reports.md). Weights are relative: they are divided by the
 * sum of the weights of the measures that have data, so a unit is not marked down for a measure
 * that does not apply to it (e.g. no SOP cases in a sub-unit).
 *
 * @param weights    weight of each measure in the base score
 * @param penalty    points taken off for each open finding, by severity, up to {@code max}
 * @param readyAbove the score above which (with no open {@code tinggi} finding) the report says
 *                   "siap"; 70 is the lower edge of band BB
 */
@Validated
@ConfigurationProperties("patuh.report")
public record ReportProperties(
        @DefaultValue @Valid Weights weights,
        @DefaultValue @Valid Penalty penalty,
        @DefaultValue("70") @Min(0) @Max(100) double readyAbove) {

    /** Relative weights of the seven measures. */
    public record Weights(
            @DefaultValue("30") @PositiveOrZero double kelengkapan,
            @DefaultValue("15") @PositiveOrZero double ketepatanWaktu,
            @DefaultValue("15") @PositiveOrZero double verifikasi,
            @DefaultValue("10") @PositiveOrZero double validasi,
            @DefaultValue("10") @PositiveOrZero double mutuBaku,
            @DefaultValue("10") @PositiveOrZero double urutan,
            @DefaultValue("10") @PositiveOrZero double pelaksana) {

        @AssertTrue(message = "setidaknya satu bobot harus lebih dari 0 / at least one weight must be above 0")
        public boolean isAnyPositive() {
            return kelengkapan + ketepatanWaktu + verifikasi + validasi + mutuBaku + urutan + pelaksana > 0;
        }
    }

    /** Points per open finding; the sum is capped at {@code max}. */
    public record Penalty(
            @DefaultValue("3") @PositiveOrZero double tinggi,
            @DefaultValue("1") @PositiveOrZero double sedang,
            @DefaultValue("0.25") @PositiveOrZero double rendah,
            @DefaultValue("30") @Min(0) @Max(100) double max) {
    }
}
