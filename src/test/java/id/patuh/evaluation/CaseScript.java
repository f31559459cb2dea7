package id.patuh.evaluation;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import id.patuh.calendar.MutuBakuWaktu;
import id.patuh.cases.ActivityEvent;
import id.patuh.catalog.Sop;
import id.patuh.catalog.SopStep;

/**
 * Writes the activity log of one case step by step. By default every event is compliant: the
 * step's first Pelaksana, all its Kelengkapan, its Output, one working minute long, starting when
 * the previous event finished, "ya" on decisions. A test changes only what it is about.
 */
final class CaseScript {

    static final String UNIT = "unit-uji";

    private final Sop sop;
    private final String caseId;
    private final List<ActivityEvent> events = new ArrayList<>();
    private Instant cursor;

    private CaseScript(Sop sop, String caseId, Instant start) {
        this.sop = sop;
        this.caseId = caseId;
        this.cursor = start;
    }

    static CaseScript of(String sopCode, Instant start) {
        return new CaseScript(Fixtures.sop(sopCode), "case-1", start);
    }

    CaseScript steps(int... numbers) {
        for (int no : numbers) {
            step(no, e -> { });
        }
        return this;
    }

    CaseScript step(int no, Consumer<Event> tweak) {
        SopStep step = sop.step(no).orElseThrow();
        Event event = new Event(caseId + "-e" + (events.size() + 1), step, cursor);
        tweak.accept(event);
        events.add(event.toActivity(sop.code(), caseId));
        cursor = event.finish != null ? event.finish : event.start;
        return this;
    }

    List<ActivityEvent> events() {
        return List.copyOf(events);
    }

    CaseInput at(Instant now) {
        return new CaseInput(sop, events, Fixtures.calendar(), now);
    }

    List<Finding> evaluateAt(Instant now) {
        return Fixtures.engine().evaluateCase(at(now));
    }

    /** One event being written; fields are set by the test's tweak. */
    static final class Event {
        String id;
        String role;
        Instant start;
        Instant finish;
        List<String> kelengkapan;
        String output;
        String decision;
        int stepNo;

        Event(String id, SopStep step, Instant start) {
            this.id = id;
            this.stepNo = step.no();
            this.role = step.executors().isEmpty() ? "Staf" : step.executors().get(0);
            this.start = start;
            this.finish = Fixtures.calendar().dueAt(start, MutuBakuWaktu.ofTime(Duration.ofMinutes(1)));
            this.kelengkapan = step.kelengkapan();
            this.output = step.output() == null ? "ada" : step.output();
            this.decision = step.isDecision() ? "ya" : null;
        }

        Event startAt(Instant t) {
            start = t;
            return this;
        }

        Event finishAt(Instant t) {
            finish = t;
            return this;
        }

        Event running() {
            finish = null;
            return this;
        }

        ActivityEvent toActivity(String sopCode, String caseId) {
            return new ActivityEvent(id, sopCode, caseId, UNIT, stepNo, role, null, start, finish,
                    kelengkapan, output, decision);
        }
    }
}
