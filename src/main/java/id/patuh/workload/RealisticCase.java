package id.patuh.workload;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import id.patuh.calendar.DayCounting;
import id.patuh.calendar.MutuBakuWaktu;
import id.patuh.calendar.WorkingCalendar;
import id.patuh.cases.ActivityEvent;
import id.patuh.catalog.Sop;
import id.patuh.catalog.SopStep;
import id.patuh.workload.WorkloadGenerator.CaseFault;

/**
 * One case of a realistic quarter: it walks its SOP with step durations drawn around half the
 * Mutu Baku standard (a few run over), short waits between steps, and at most one other fault.
 * Nothing happens after {@code now}: a step that would finish later is still running, and the
 * steps after it have not started.
 */
final class RealisticCase {

    private final Sop sop;
    private final WorkingCalendar calendar;
    private final String caseId;
    private final CaseFault fault;
    private final Random random;
    private final double overrunChance;
    private final Instant now;
    private final List<SopStep> path;
    private final int target;

    /** @param calendar the unit's calendar, already counting days as the SOP says */
    RealisticCase(Sop sop, WorkingCalendar calendar, String caseId, CaseFault fault, Random random,
            double overrunChance, Instant now) {
        this.sop = sop;
        this.calendar = calendar;
        this.caseId = caseId;
        this.random = random;
        this.overrunChance = overrunChance;
        this.now = now;
        this.path = SopPaths.walk(sop, fault == CaseFault.DECISION_LOOP);
        int at = SopPaths.target(sop, path, fault);
        // a fault that does not fit this SOP (no output to omit, …) leaves the case compliant
        this.fault = at < 0 ? CaseFault.NONE : fault;
        this.target = at < 0 ? SopPaths.NO_STEP : at;
    }

    List<ActivityEvent> build(Instant start) {
        List<ActivityEvent> events = new ArrayList<>();
        Instant t = start;
        Instant previousStart = start;
        Instant previousFinish = start;
        for (int i = 0; i < path.size(); i++) {
            SopStep step = path.get(i);
            boolean targeted = i == target;
            if (targeted && fault == CaseFault.STEP_SKIPPED) {
                continue;
            }
            Instant begin = targeted && fault == CaseFault.STEP_OUT_OF_ORDER
                    ? previousStart.plus(Duration.between(previousStart, previousFinish).dividedBy(2)) : t;
            if (begin.isAfter(now)) {
                break;
            }
            Instant finish = finishOf(step, begin);
            boolean running = finish.isAfter(now);
            events.add(event(step, i, begin, running ? null : finish, targeted));
            if (running) {
                break;
            }
            previousStart = begin;
            previousFinish = finish;
            t = finish.plus(Duration.ofMinutes(random.nextInt(46))); // the file travels to the next desk
        }
        return events;
    }

    private Instant finishOf(SopStep step, Instant begin) {
        MutuBakuWaktu waktu = step.waktu();
        if (waktu == null) {
            return calendar.dueAt(begin, MutuBakuWaktu.ofTime(Duration.ofMinutes(15 + random.nextInt(31))));
        }
        double ratio = drawRatio();
        if (waktu.isDays() && calendar.dayCounting() == DayCounting.CALENDAR) {
            return begin.plusMillis(Math.round(Duration.between(begin, calendar.dueAt(begin, waktu)).toMillis() * ratio));
        }
        Duration allowed = waktu.isDays() ? calendar.workingDuration(begin, calendar.dueAt(begin, waktu))
                : waktu.workingTime();
        long millis = Math.max(60_000, Math.round(allowed.toMillis() * ratio));
        return calendar.dueAt(begin, MutuBakuWaktu.ofTime(Duration.ofMillis(millis)));
    }

    /** Mostly 30–90 % of the standard; a few steps run over, a third of those past twice it. */
    private double drawRatio() {
        double x = random.nextDouble();
        if (x >= overrunChance) {
            return 0.3 + 0.6 * random.nextDouble();
        }
        return x < overrunChance / 3 ? 2.05 + 2 * random.nextDouble() : 1.05 + 0.9 * random.nextDouble();
    }

    private ActivityEvent event(SopStep step, int index, Instant begin, Instant finish, boolean targeted) {
        String role = targeted && fault == CaseFault.WRONG_EXECUTOR
                ? SopPaths.roleOtherThan(sop, step) : step.executors().get(0);
        List<String> kelengkapan = targeted && fault == CaseFault.MISSING_KELENGKAPAN
                ? List.of() : step.kelengkapan();
        String output = (targeted && fault == CaseFault.MISSING_OUTPUT) || finish == null ? null : step.output();
        String decision = step.isDecision() ? SopPaths.answer(path, index) : null;
        return new ActivityEvent(caseId + "-" + index, sop.code(), caseId, sop.units().get(0), step.no(), role,
                null, begin, finish, kelengkapan, output, decision);
    }
}
