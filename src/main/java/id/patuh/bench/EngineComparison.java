package id.patuh.bench;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

import org.springframework.context.ApplicationContext;

import id.patuh.calendar.CalendarService;
import id.patuh.calendar.WorkingCalendar;
import id.patuh.cases.CaseData;
import id.patuh.cases.StoredCases;
import id.patuh.catalog.CatalogService;
import id.patuh.catalog.Sop;
import id.patuh.evaluation.CaseInput;
import id.patuh.evaluation.Finding;
import id.patuh.evaluation.RuleService;

/** Drools and the plain-Java checks on the same stored cases, timed apart from the store. */
final class EngineComparison {

    private final ApplicationContext context;

    EngineComparison(ApplicationContext context) {
        this.context = context;
    }

    Result run(Instant now) {
        RuleService rules = context.getBean(RuleService.class);
        CatalogService catalog = context.getBean(CatalogService.class);
        CalendarService calendars = context.getBean(CalendarService.class);
        PlainJavaChecks plain = new PlainJavaChecks();
        AtomicLong droolsNanos = new AtomicLong();
        AtomicLong plainNanos = new AtomicLong();
        AtomicBoolean agree = new AtomicBoolean(true);
        context.getBean(StoredCases.class).forEachCase(data -> catalog.find(data.sopCode()).ifPresent(sop -> {
            WorkingCalendar calendar = calendarFor(calendars, data, sop);
            long t0 = System.nanoTime();
            List<Finding> findings = rules.evaluateCase(new CaseInput(sop, data.events(), calendar, now));
            long t1 = System.nanoTime();
            List<String> byHand = plain.check(sop, data.events(), calendar, now);
            long t2 = System.nanoTime();
            droolsNanos.addAndGet(t1 - t0);
            plainNanos.addAndGet(t2 - t1);
            if (!sameSteps(findings, byHand)) {
                agree.set(false);
            }
        }));
        return new Result(droolsNanos.get() / 1e6, plainNanos.get() / 1e6, agree.get());
    }

    private static WorkingCalendar calendarFor(CalendarService calendars, CaseData data, Sop sop) {
        return calendars.forUnit(data.unit()).countingDaysAs(sop.dayCounting());
    }

    private static boolean sameSteps(List<Finding> findings, List<String> byHand) {
        List<String> fromRules = new ArrayList<>(findings.stream().map(f -> f.code() + "#" + f.stepNo()).toList());
        List<String> fromHand = new ArrayList<>(byHand);
        fromRules.sort(null);
        fromHand.sort(null);
        return fromRules.equals(fromHand);
    }

    record Result(double droolsMs, double plainMs, boolean agree) {
    }
}
