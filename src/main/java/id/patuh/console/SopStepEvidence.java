package id.patuh.console;

import java.time.Duration;
import java.util.List;
import java.util.Locale;

import id.patuh.messages.Texts;

/**
 * How one SOP step went in practice, for one unit and period: how many runs finished, how many
 * of those ran past the step's Mutu Baku waktu (as the DURATION_EXCEEDED rule measures it), and
 * the median working time a run took.
 *
 * @param standard whether the step has a waktu to overrun at all
 * @param median   null when no run finished
 * @param files    ids of the evidence files (bukti dukung) attached to the step's runs in the period
 */
record SopStepEvidence(int step, int finished, int overran, Duration median, boolean standard, List<String> files) {

    SopStepEvidence {
        files = List.copyOf(files);
    }

    static SopStepEvidence none(int step, boolean standard) {
        return new SopStepEvidence(step, 0, 0, null, standard, List.of());
    }

    SopStepEvidence withFiles(List<String> ids) {
        return new SopStepEvidence(step, finished, overran, median, standard, ids);
    }

    /** Share of finished runs that overran, 0–100. */
    public double overrunPercent() {
        return finished == 0 ? 0 : 100.0 * overran / finished;
    }

    public String overrunText() {
        if (finished == 0) {
            return Texts.current("console.sopsheet.noData");
        }
        if (!standard) {
            return Texts.current("console.sopsheet.noStandard", finished);
        }
        return Texts.current("console.sopsheet.overran", overran, finished,
                String.format(Locale.ROOT, "%.0f", overrunPercent()));
    }

    public String medianText() {
        return median == null ? "" : Texts.current("console.sopsheet.median", durationText(median));
    }

    /** The symbol's shade: none, ok (never late), warn (late now and then), bad (a quarter or more late). */
    public String tone() {
        if (finished == 0 || !standard) {
            return "tone-none";
        }
        if (overran == 0) {
            return "tone-ok";
        }
        return overrunPercent() >= 25 ? "tone-bad" : "tone-warn";
    }

    /** Working time as the findings write it: {@code 2 j 35 m}, {@code 20 m} (hours and minutes, no seconds). */
    static String durationText(Duration d) {
        return id.patuh.evaluation.TimeText.durationForRequest(d);
    }
}
