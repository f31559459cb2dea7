package id.patuh.evaluation.fact;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.function.Supplier;

import org.kie.api.definition.type.ClassReactive;

/**
 * One event of the case: one execution of a step, measured against its Mutu Baku waktu.
 *
 * @param resolvedRole     the SOP role {@code actorRole} stands for, or null when it names none
 * @param kelengkapanKeys  the inputs present, lower-cased with whitespace removed
 * @param output           the output produced, or null when blank
 * @param finished         whether the step had finished at the evaluation time
 * @param workingDuration  working time from start to finish (or to the evaluation time while running)
 * @param standard         the working time the standard allows from this start (for a standard in
 *                         days: the working time until the due instant); null when the SOP gives no waktu
 * @param ratio            workingDuration / standard; 0 without a standard
 * @param dueAt            when the standard runs out; null without a standard
 * @param flowPredecessors steps with a flow edge into this one
 * @param mandatoryBefore  steps that every path to this one passes through
 * @param heldRoles        the SOP roles the recorded title holds (abbreviations spelled out, unit
 *                         qualifiers allowed, longest match); empty when it holds none
 */
@ClassReactive
public record StepRun(
        String eventId,
        String sopCode,
        String caseId,
        String unit,
        int stepNo,
        String label,
        String labelEn,
        String actorRole,
        String resolvedRole,
        Set<String> kelengkapanKeys,
        String output,
        Instant startedAt,
        Instant finishedAt,
        boolean finished,
        Duration workingDuration,
        Duration standard,
        double ratio,
        Instant dueAt,
        Times texts,
        Set<Integer> flowPredecessors,
        Set<Integer> mandatoryBefore,
        java.util.List<String> heldRoles) {

    public StepRun {
        heldRoles = java.util.List.copyOf(heldRoles);
        kelengkapanKeys = Set.copyOf(kelengkapanKeys);
        flowPredecessors = Set.copyOf(flowPredecessors);
        mandatoryBefore = Set.copyOf(mandatoryBefore);
    }

    /**
     * The run's times as messages print them, in the unit's zone; {@code finished} is null while
     * running, {@code due} and the standards are null without a standard. Formatted only when a
     * rule prints them: most runs raise nothing, and formatting was most of the cost of a case.
     */
    public static final class Times {

        private final Supplier<Texts> format;
        private Texts texts;

        public Times(Supplier<Texts> format) {
            this.format = format;
        }

        public String started() {
            return texts().started();
        }

        public String finished() {
            return texts().finished();
        }

        public String due() {
            return texts().due();
        }

        public String duration() {
            return texts().duration();
        }

        public String durationEn() {
            return texts().durationEn();
        }

        public String standard() {
            return texts().standard();
        }

        public String standardEn() {
            return texts().standardEn();
        }

        private synchronized Texts texts() {
            if (texts == null) {
                texts = format.get();
            }
            return texts;
        }

        /** The formatted values. */
        public record Texts(String started, String finished, String due, String duration, String durationEn,
                String standard, String standardEn) {
        }
    }
}
