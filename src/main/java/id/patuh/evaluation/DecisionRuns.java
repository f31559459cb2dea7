package id.patuh.evaluation;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import id.patuh.cases.ActivityEvent;
import id.patuh.catalog.Sop;
import id.patuh.catalog.SopStep;
import id.patuh.evaluation.fact.DecisionRun;

/**
 * The runs of an SOP's decision steps in one case, each with the step the case started next
 * (semantics.md v2: the next step started after that run must be the one its answer leads to).
 * "Leads to" is read as "is on the branch the answer leads into": a case that answered ya and then
 * left out the step after the decision went on along the right branch; STEP_SKIPPED reports the
 * step it left out, and one omission is not reported twice.
 */
final class DecisionRuns {

    private DecisionRuns() {
    }

    /**
     * @param events the case's events as of the evaluation time, ordered by start (then id)
     * @param finished whether an event had finished at the evaluation time
     */
    static List<DecisionRun> of(Sop sop, FlowGraph flow, List<ActivityEvent> events,
            java.util.function.Predicate<ActivityEvent> finished) {
        List<DecisionRun> runs = new ArrayList<>();
        for (int i = 0; i < events.size(); i++) {
            ActivityEvent event = events.get(i);
            SopStep step = sop.step(event.stepNo()).filter(SopStep::isDecision).orElse(null);
            if (step == null) {
                continue;
            }
            String answer = answer(event.decision());
            Integer leadsTo = answer == null ? null
                    : answer.equals("ya") ? step.decision().ya() : step.decision().tidak();
            Integer otherTarget = answer == null ? null
                    : answer.equals("ya") ? step.decision().tidak() : step.decision().ya();
            ActivityEvent next = next(events, i);
            runs.add(new DecisionRun(event.eventId(), step.no(), answer, finished.test(event), leadsTo, otherTarget,
                    leadsTo == null ? java.util.Set.of() : flow.reachableAvoiding(leadsTo, step.no()),
                    next == null ? null : next.stepNo(), next == null ? null : next.eventId()));
        }
        return runs;
    }

    /** The first later-started event of another step: other runs of the decision step are not "next". */
    private static ActivityEvent next(List<ActivityEvent> events, int index) {
        int decisionStep = events.get(index).stepNo();
        for (int i = index + 1; i < events.size(); i++) {
            if (events.get(i).stepNo() != decisionStep) {
                return events.get(i);
            }
        }
        return null;
    }

    private static String answer(String recorded) {
        String text = Names.blankToNull(recorded);
        return text == null ? null : text.toLowerCase(Locale.ROOT);
    }
}
