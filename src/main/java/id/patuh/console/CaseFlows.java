package id.patuh.console;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import id.patuh.calendar.WorkingCalendar;
import id.patuh.catalog.Sop;
import id.patuh.catalog.SopStep;
import id.patuh.evaluation.StepDurations;
import id.patuh.evaluation.TimeText;
import id.patuh.cases.ActivityEvent;
import id.patuh.messages.Texts;

/**
 * A case laid over its SOP's flow for the recording page: every step in the SOP's order with
 * its state, its runs and their time against the Mutu Baku. Time is measured by the rules' own
 * code ({@link StepDurations#againstStandard}), so the page never disagrees with a finding.
 */
final class CaseFlows {

    private CaseFlows() {
    }

    /**
     * @param events       the stored events of the case (any order)
     * @param evidence     evidence ids by event id
     * @param unitCalendar the calendar of the case's unit
     */
    static List<CaseFlowStep> of(Sop sop, List<ActivityEvent> events, Map<String, List<String>> evidence,
            WorkingCalendar unitCalendar, Instant now) {
        List<ActivityEvent> byStart = events.stream().sorted(Comparator.comparing(ActivityEvent::startedAt)
                .thenComparing(ActivityEvent::eventId)).toList();
        Set<Integer> skipped = skippedByDecisions(sop, byStart);
        Optional<Integer> next = next(sop, byStart, now);
        List<CaseFlowStep> flow = new ArrayList<>();
        for (SopStep step : sop.steps()) {
            List<CaseFlowRun> runs = byStart.stream().filter(e -> e.stepNo() == step.no())
                    .map(e -> run(sop, step, e, evidence.getOrDefault(e.eventId(), List.of()), unitCalendar, now))
                    .toList();
            flow.add(new CaseFlowStep(step, state(runs, skipped.contains(step.no())), branches(step), runs,
                    next.map(n -> n == step.no()).orElse(false)));
        }
        return flow;
    }

    private static CaseFlowStep.State state(List<CaseFlowRun> runs, boolean skipped) {
        if (runs.stream().anyMatch(CaseFlowRun::running)) {
            return CaseFlowStep.State.BERJALAN;
        }
        if (!runs.isEmpty()) {
            return CaseFlowStep.State.SELESAI;
        }
        return skipped ? CaseFlowStep.State.DILEWATI : CaseFlowStep.State.BELUM;
    }

    private static CaseFlowRun run(Sop sop, SopStep step, ActivityEvent e, List<String> evidence,
            WorkingCalendar unitCalendar, Instant now) {
        ZoneId zone = unitCalendar.zone();
        boolean finished = e.finishedAt() != null && !e.finishedAt().isAfter(now);
        Optional<StepDurations.AgainstStandard> timing = StepDurations.againstStandard(sop, unitCalendar, e, now);
        String standard = step.waktu() == null ? null
                : TimeText.standardForRequest(step.waktu(), unitCalendar.countingDaysAs(sop.dayCounting()).dayCounting());
        return new CaseFlowRun(e.eventId(), e.actorRole(), e.actorId(), TimeText.instant(e.startedAt(), zone),
                finished ? TimeText.instant(e.finishedAt(), zone) : null,
                OffsetDateTime.ofInstant(e.startedAt(), zone).toString(), e.kelengkapan(), e.output(), e.decision(),
                evidence, timing.map(t -> RunTimingText.of(t, standard, zone)).orElse(null),
                timing.map(StepDurations.AgainstStandard::over).orElse(false));
    }

    private static String branches(SopStep step) {
        return step.isDecision()
                ? Texts.current("console.record.branches", step.decision().ya(), step.decision().tidak()) : null;
    }

    /**
     * Steps a recorded answer jumped over: those between a decision and its target further down
     * the SOP, after that decision's latest run (a later loop back may still run them).
     */
    private static Set<Integer> skippedByDecisions(Sop sop, List<ActivityEvent> byStart) {
        List<Integer> order = sop.steps().stream().map(SopStep::no).toList();
        Set<Integer> skipped = new HashSet<>();
        for (SopStep step : sop.steps()) {
            Optional<Integer> target = answeredTarget(step, byStart);
            if (target.isEmpty()) {
                continue;
            }
            int from = order.indexOf(step.no());
            int to = order.indexOf(target.get());
            if (to > from + 1) {
                skipped.addAll(order.subList(from + 1, to));
            }
        }
        return skipped;
    }

    /** The step the latest answered run of a decision step leads to. */
    private static Optional<Integer> answeredTarget(SopStep step, List<ActivityEvent> byStart) {
        if (!step.isDecision()) {
            return Optional.empty();
        }
        return byStart.stream().filter(e -> e.stepNo() == step.no() && e.decision() != null)
                .reduce((first, second) -> second)
                .map(e -> "tidak".equals(e.decision()) ? step.decision().tidak() : step.decision().ya());
    }

    /**
     * The step the flow expects next: the first step while nothing ran; after the latest finished
     * run, its successor (a decision's by the recorded answer); none while that successor runs.
     */
    private static Optional<Integer> next(Sop sop, List<ActivityEvent> byStart, Instant now) {
        List<Integer> order = sop.steps().stream().map(SopStep::no).toList();
        if (byStart.isEmpty()) {
            return order.stream().findFirst();
        }
        ActivityEvent latest = byStart.get(byStart.size() - 1);
        boolean running = latest.finishedAt() == null || latest.finishedAt().isAfter(now);
        if (running) {
            return Optional.of(latest.stepNo());
        }
        Optional<SopStep> step = sop.step(latest.stepNo());
        if (step.isPresent() && step.get().isDecision() && latest.decision() != null) {
            return Optional.of("tidak".equals(latest.decision()) ? step.get().decision().tidak()
                    : step.get().decision().ya());
        }
        int at = order.indexOf(latest.stepNo());
        return at >= 0 && at + 1 < order.size() ? Optional.of(order.get(at + 1)) : Optional.empty();
    }
}
