package id.patuh.overview;

import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/**
 * The overview of the units a caller may see for one quarter. Every count carries the address
 * of the findings list filtered to what is behind it ({@code link}).
 *
 * @param unit       the chosen unit, or null for every unit of {@code units} together
 * @param units      the units of the caller's scope
 * @param headline   the chosen unit's figures, or all units pooled (the score only for one unit)
 * @param trend      the last 12 months, oldest first, ending with the quarter's last month (or this month)
 * @param comparison one row per unit, when the scope has more than one
 * @param attention  the open findings to look at first: most severe, then oldest (the report's order), at most 10
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record Overview(String period, String periodTitle, Instant asOf, String unit, List<String> units,
        Headline headline, List<Month> trend, List<SopFigure> sops, List<UnitRow> comparison,
        List<Attention> attention) {

    /**
     * The step that most often ran past its Mutu Baku waktu in the quarter (share of its finished
     * runs; on a tie, the one with more late runs); null when no step with a waktu finished.
     */
    @JsonProperty("slips_most")
    public Slip slipsMost() {
        Slip worst = null;
        for (SopFigure sop : sops) {
            for (StepFigure step : sop.steps()) {
                Double over = step.overRatio();
                if (over != null && step.overran() > 0 && (worst == null || over > worst.overRatio()
                        || over.equals(worst.overRatio()) && step.overran() > worst.step().overran())) {
                    worst = new Slip(sop.sopCode(), sop.sopName(), step, over);
                }
            }
        }
        return worst;
    }

    /** A step of an SOP, with how often it overran. */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record Slip(String sopCode, String sopName, StepFigure step, double overRatio) {
    }

    /** A ratio with what it counts; {@code ratio} is null when there is nothing to count. */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record Share(long numerator, long denominator, String link) {
        @JsonProperty("ratio")
        public Double ratio() {
            return denominator == 0 ? null : (double) numerator / denominator;
        }

        /** "87 %" or "—" when nothing was counted. */
        public String percentText() {
            return denominator == 0 ? "—" : Math.round(100.0 * numerator / denominator) + " %";
        }
    }

    /** A count with its findings-list address. */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record Count(String key, long value, String link) {
    }

    /**
     * @param mutuBaku      finished step runs within their Mutu Baku waktu / finished runs with a waktu
     * @param open          open findings by severity: tinggi, sedang, rendah
     * @param overdue       audit items past their due date whose follow-up is still owed (any period)
     * @param dataOnTime    requested data submitted by the deadline / requested data submitted
     * @param score         the readiness report's score (0–100), null for several units or without data
     * @param band          SAKIP letter of the score (AA … D), null with it
     * @param predikat      the band's name (Sangat Memuaskan …), null with it
     */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record Headline(Share mutuBaku, List<Count> open, Count overdue, Share dataOnTime, Double score,
            String band, String predikat) {

        @JsonProperty("open_total")
        public long openTotal() {
            return open.stream().mapToLong(Count::value).sum();
        }
    }

    /** One month of the trend: the report's Mutu Baku measure for the cases started in it. */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record Month(String month, Share mutuBaku) {
    }

    /**
     * One SOP: the report's Mutu Baku measure, and its steps as the SOP sheet measures them.
     *
     * @param mutuBaku runs within the standard / runs with a standard (cases started in the quarter)
     */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record SopFigure(String sopCode, String sopName, Share mutuBaku, List<StepFigure> steps) {

        /** Share of measured runs over the standard, 0–1; null without runs. */
        @JsonProperty("over_ratio")
        public Double overRatio() {
            Double within = mutuBaku.ratio();
            return within == null ? null : 1 - within;
        }
    }

    /**
     * One step of an SOP in the quarter (runs that started in it), as the SOP sheet counts it.
     *
     * @param standard      the Mutu Baku waktu as written ("15 menit", "2 hari"), null without one
     * @param standardMinutes the waktu in working minutes when it is a time; null for days or none
     * @param medianMinutes median working time of the finished runs, null without runs
     */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record StepFigure(int step, String activity, int finished, int overran, String standard,
            Long standardMinutes, Double medianMinutes, String link) {

        @JsonProperty("over_ratio")
        public Double overRatio() {
            return finished == 0 || standard == null ? null : (double) overran / finished;
        }
    }

    /** One unit beside the others (an inspektorat's or an evaluator's scope). */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record UnitRow(String unit, Share mutuBaku, Count open, Count overdue, Share dataOnTime, Double score,
            String band, String link) {
    }

    /** An open finding, with the page that explains it. */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record Attention(String id, String code, String severity, String status, String unit, String subject,
            long ageDays, String message, String link) {
    }
}
