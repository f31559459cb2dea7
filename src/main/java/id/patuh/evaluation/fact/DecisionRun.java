package id.patuh.evaluation.fact;

import org.kie.api.definition.type.ClassReactive;

/**
 * One run of a decision step and what the case did next (semantics.md v2, "Decisions and loops").
 *
 * @param eventId    the run of the decision step
 * @param answer     {@code ya} or {@code tidak} as recorded (lower case), null when none was recorded
 * @param finished   whether the run had finished at the evaluation time
 * @param leadsTo    the step the answer leads to; null without an answer
 * @param otherTarget the step the other answer leads to; null without an answer
 * @param branch     the steps of the branch the answer leads into (from {@code leadsTo} up to the
 *                   decision again); empty without an answer
 * @param nextStepNo the step of the first event the case started after this run (other runs of the
 *                   decision step aside); null when nothing has started since
 * @param nextEventId that event
 */
@ClassReactive
public record DecisionRun(
        String eventId,
        int stepNo,
        String answer,
        boolean finished,
        Integer leadsTo,
        Integer otherTarget,
        java.util.Set<Integer> branch,
        Integer nextStepNo,
        String nextEventId) {

    public DecisionRun {
        branch = java.util.Set.copyOf(branch);
    }

    public boolean answeredTidak() {
        return "tidak".equals(answer);
    }

    /**
     * Whether the case went on along the other branch than the answer: the next step started is the
     * other answer's step, or one the answer's branch does not reach. A later step of the right
     * branch (its first step left out) is STEP_SKIPPED's concern, not this.
     */
    public boolean notFollowed() {
        return leadsTo != null && nextStepNo != null && !leadsTo.equals(nextStepNo)
                && (nextStepNo.equals(otherTarget) || !branch.contains(nextStepNo));
    }
}
