package id.patuh.evaluation;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import id.patuh.calendar.WorkingCalendar;
import id.patuh.catalog.Sop;
import id.patuh.catalog.SopStep;
import id.patuh.evaluation.fact.EvaluationTime;
import id.patuh.evaluation.fact.RequiredInput;
import id.patuh.evaluation.fact.StepDefinition;
import id.patuh.evaluation.fact.StepRun;
import id.patuh.ingest.ActivityEvent;

/**
 * Turns one case into facts: the SOP's steps with their flow, and one measured run per event.
 *
 * <p>Everything is "as of" the evaluation time: an event that starts after it has not happened
 * yet, and one that finishes after it is still running. That keeps a re-evaluation of old data
 * at an old {@code now} identical to what was found back then.
 */
final class CaseFactBuilder {

    private final CaseInput input;
    private final Sop sop;
    private final WorkingCalendar calendar;
    private final FlowGraph flow;
    private final List<ActivityEvent> events;
    private final String caseId;
    private final String unit;

    private CaseFactBuilder(CaseInput input) {
        this.input = input;
        this.sop = input.sop();
        // An SOP that says "hari kalender" counts calendar days even on a working-days calendar.
        this.calendar = input.calendar().countingDaysAs(sop.dayCounting());
        this.flow = FlowGraph.of(sop);
        this.events = input.events().stream()
                .filter(e -> !e.startedAt().isAfter(input.now()))
                .sorted(Comparator.comparing(ActivityEvent::startedAt).thenComparing(ActivityEvent::eventId))
                .toList();
        this.caseId = events.stream().map(ActivityEvent::caseId).filter(Objects::nonNull).findFirst().orElse(null);
        this.unit = events.stream().map(ActivityEvent::unit).filter(Objects::nonNull).findFirst().orElse(null);
    }

    static List<Object> build(CaseInput input) {
        return new CaseFactBuilder(input).facts();
    }

    private List<Object> facts() {
        List<Object> facts = new ArrayList<>();
        facts.add(new EvaluationTime(input.now(), TimeText.instant(input.now(), calendar.zone())));
        for (SopStep step : sop.steps()) {
            facts.add(definition(step));
            step.kelengkapan().stream().filter(k -> Names.key(k) != null)
                    .forEach(k -> facts.add(new RequiredInput(step.no(), Names.key(k), k.strip())));
        }
        events.forEach(event -> facts.add(run(event)));
        return facts;
    }

    private StepDefinition definition(SopStep step) {
        List<String> executors = step.executors().stream()
                .map(e -> sop.resolveRole(e).orElse(e)).distinct().toList();
        return new StepDefinition(sop.code(), caseId, unit, step.no(),
                Names.stepLabel("Langkah", step.no(), step.activity()),
                Names.stepLabel("Step", step.no(), step.activity()),
                executors, Names.blankToNull(step.output()), flow.mandatoryBefore(step.no()));
    }

    private StepRun run(ActivityEvent event) {
        SopStep step = sop.step(event.stepNo()).orElse(null);
        Instant start = event.startedAt();
        Instant finish = event.finishedAt() == null || event.finishedAt().isAfter(input.now())
                ? null : max(start, event.finishedAt());
        StepMeasure measure = StepMeasure.of(calendar, start, finish == null ? input.now() : finish,
                step == null ? null : step.waktu());
        Set<String> kelengkapan = event.kelengkapan().stream().map(Names::key)
                .filter(Objects::nonNull).collect(Collectors.toSet());
        return new StepRun(event.eventId(), sop.code(), event.caseId(), event.unit(), event.stepNo(),
                Names.stepLabel("Langkah", event.stepNo(), step == null ? null : step.activity()),
                Names.stepLabel("Step", event.stepNo(), step == null ? null : step.activity()),
                event.actorRole(), sop.resolveRole(event.actorRole()).orElse(null), kelengkapan,
                Names.blankToNull(event.output()), start, finish, finish != null,
                measure.workingDuration(), measure.standard(), measure.ratio(), measure.dueAt(),
                times(step, start, finish, measure), flow.predecessors(event.stepNo()),
                flow.mandatoryBefore(event.stepNo()));
    }

    private StepRun.Times times(SopStep step, Instant start, Instant finish, StepMeasure measure) {
        boolean hasStandard = step != null && step.waktu() != null;
        return new StepRun.Times(() -> new StepRun.Times.Texts(text(start), text(finish), text(measure.dueAt()),
                TimeText.duration(measure.workingDuration()), TimeText.durationEn(measure.workingDuration()),
                hasStandard ? TimeText.standard(step.waktu(), calendar.dayCounting()) : null,
                hasStandard ? TimeText.standardEn(step.waktu(), calendar.dayCounting()) : null));
    }

    private String text(Instant t) {
        return TimeText.instant(t, calendar.zone());
    }

    private static Instant max(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }
}
