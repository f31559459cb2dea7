package id.patuh.console;

import java.time.ZoneId;

import id.patuh.evaluation.StepDurations.AgainstStandard;
import id.patuh.evaluation.TimeText;
import id.patuh.messages.Texts;

/**
 * A run's time against its Mutu Baku in words, from the rules' own measurement
 * ({@link id.patuh.evaluation.StepDurations#againstStandard}): the page states "lewat" in text,
 * so an operator who cannot tell the colours apart reads it too; in the request's language.
 */
final class RunTimingText {

    private RunTimingText() {
    }

    /**
     * @param standard the Mutu Baku as the findings print it ({@code 1 jam}, {@code 1 hari kerja})
     */
    static String of(AgainstStandard timing, String standard, ZoneId zone) {
        String used = TimeText.durationForRequest(timing.used());
        String due = TimeText.instant(timing.dueAt(), zone);
        if (timing.finished() && timing.over()) {
            return Texts.current("console.timing.finished.over", used, standard,
                    TimeText.durationForRequest(timing.left().negated()), FindingTimes.ratio(timing.used(), timing.allowed()));
        }
        if (timing.finished()) {
            return Texts.current("console.timing.finished.within", used, standard, TimeText.durationForRequest(timing.left()));
        }
        if (timing.over()) {
            return Texts.current("console.timing.running.over", due, used, standard);
        }
        return Texts.current("console.timing.running.within", used, standard, TimeText.durationForRequest(timing.left()), due);
    }
}
