package id.patuh.console;

import java.time.ZoneId;

import id.patuh.evaluation.StepDurations.AgainstStandard;
import id.patuh.evaluation.TimeText;

/**
 * A run's time against its Mutu Baku in words, from the rules' own measurement
 * ({@link id.patuh.evaluation.StepDurations#againstStandard}): the page states "lewat" in text,
 * so an operator who cannot tell the colours apart reads it too.
 */
final class RunTimingText {

    private RunTimingText() {
    }

    /**
     * @param standard the Mutu Baku as the findings print it ({@code 1 jam}, {@code 1 hari kerja})
     */
    static String of(AgainstStandard timing, String standard, ZoneId zone) {
        String used = TimeText.duration(timing.used());
        String due = TimeText.instant(timing.dueAt(), zone);
        if (timing.finished() && timing.over()) {
            return "Lewat Mutu Baku: memakai " + used + " dari standar " + standard + ", lewat "
                    + TimeText.duration(timing.left().negated()) + " (" + FindingTimes.ratio(timing.used(),
                            timing.allowed()) + "× standar).";
        }
        if (timing.finished()) {
            return "Dalam Mutu Baku: memakai " + used + " dari standar " + standard + ", sisa "
                    + TimeText.duration(timing.left()) + ".";
        }
        if (timing.over()) {
            return "Lewat batas Mutu Baku " + due + ": sudah berjalan " + used + ", standar " + standard + ".";
        }
        return "Berjalan " + used + " dari standar " + standard + "; sisa " + TimeText.duration(timing.left())
                + " sampai batas " + due + ".";
    }
}
