package id.patuh.evaluation;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import id.patuh.calendar.WorkingCalendar;
import id.patuh.cases.ActivityEvent;
import id.patuh.catalog.Sop;
import id.patuh.catalog.SopStep;
import id.patuh.evaluation.fact.EvaluationTime;
import id.patuh.evaluation.fact.StepDefinition;
import id.patuh.evaluation.fact.StepRun;

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
    private final SopShape shape;
    private final List<ActivityEvent> events;
    private final String caseId;
    private final String unit;

    private CaseFactBuilder(CaseInput input, SopShape shape) {
        this.input = input;
        this.sop = input.sop();
        this.shape = shape;
        // An SOP that says "hari kalender" counts calendar days even on a working-days calendar.
        this.calendar = input.calendar().countingDaysAs(sop.dayCounting());
        this.events = input.events().stream()
                .filter(e -> !e.startedAt().isAfter(input.now()))
                .sorted(Comparator.comparing(ActivityEvent::startedAt).thenComparing(ActivityEvent::eventId))
                .toList();
        this.caseId = events.stream().map(ActivityEvent::caseId).filter(Objects::nonNull).findFirst().orElse(null);
        this.unit = events.stream().map(ActivityEvent::unit).filter(Objects::nonNull).findFirst().orElse(null);
    }

    static List<Object> build(CaseInput input, SopShape.Cache shapes) {
        return new CaseFactBuilder(input, shapes.of(input.sop())).facts();
    }

    private List<Object> facts() {
        List<Object> facts = new ArrayList<>();
        facts.add(new EvaluationTime(input.now(), TimeText.instant(input.now(), calendar.zone())));
        for (SopStep step : sop.steps()) {
            SopShape.StepShape stepShape = shape.step(step.no());
            facts.add(definition(stepShape));
            facts.addAll(stepShape.requiredInputs());
        }
        events.forEach(event -> facts.add(run(event)));
        facts.addAll(DecisionRuns.of(sop, shape.flow(), events, this::finishedByNow));
        return facts;
    }

    private StepDefinition definition(SopShape.StepShape step) {
        return new StepDefinition(sop.code(), caseId, unit, step.step().no(), step.label(), step.labelEn(),
                step.executors(), step.output(), step.mandatoryBefore(), step.step().executorsInferred());
    }

    private boolean finishedByNow(ActivityEvent event) {
        return event.finishedAt() != null && !event.finishedAt().isAfter(input.now());
    }

    private StepRun run(ActivityEvent event) {
        SopShape.StepShape stepShape = shape.step(event.stepNo());
        SopStep step = stepShape == null ? null : stepShape.step();
        Instant start = event.startedAt();
        Instant finish = event.finishedAt() == null || event.finishedAt().isAfter(input.now())
                ? null : max(start, event.finishedAt());
        StepMeasure measure = StepMeasure.of(calendar, start, finish == null ? input.now() : finish,
                step == null ? null : step.waktu());
        TitleReadings.Reading title = shape.reading(event.actorRole());
        Set<String> kelengkapan = event.kelengkapan().stream().map(Names::key)
                .filter(Objects::nonNull).collect(Collectors.toSet());
        return new StepRun(event.eventId(), sop.code(), event.caseId(), event.unit(), event.stepNo(),
                stepShape == null ? Names.stepLabel("Langkah", event.stepNo(), null) : stepShape.label(),
                stepShape == null ? Names.stepLabel("Step", event.stepNo(), null) : stepShape.labelEn(),
                event.actorRole(), title.resolvedRole(), kelengkapan,
                Names.blankToNull(event.output()), start, finish, finish != null,
                measure.workingDuration(), measure.standard(), measure.ratio(), measure.dueAt(),
                times(step, start, finish, measure), shape.predecessors(event.stepNo()),
                shape.mandatoryBefore(event.stepNo()), title.heldRoles());
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
