package id.patuh.console;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import id.patuh.calendar.DayCounting;
import id.patuh.calendar.MutuBakuWaktu;
import id.patuh.calendar.StepTiming;
import id.patuh.calendar.WorkingCalendar;
import id.patuh.cases.ActivityEvent;
import id.patuh.catalog.Sop;
import id.patuh.catalog.SopStep;
import id.patuh.evaluation.TimeText;
import id.patuh.messages.Texts;

/**
 * The working-time computation behind a DURATION_EXCEEDED finding, redone with the calendar's
 * own arithmetic and measured as the rule measures it (docs/rules.md): working time against the
 * standard, for {@code N hari} the working time until the due instant, for calendar days the
 * wall-clock time. A step still running at {@code now} is measured up to {@code now}.
 */
final class FindingDurationExplainer {

    private FindingDurationExplainer() {
    }

    /**
     * @param unitCalendar the calendar of the case's unit; the SOP's day counting is applied here
     */
    static Optional<FindingExplanation> explain(Sop sop, ActivityEvent event, WorkingCalendar unitCalendar,
            FindingTimes times, Instant now) {
        SopStep step = sop.step(event.stepNo()).orElse(null);
        if (step == null || step.waktu() == null || event.startedAt().isAfter(now)) {
            return Optional.empty();
        }
        WorkingCalendar calendar = unitCalendar.countingDaysAs(sop.dayCounting());
        MutuBakuWaktu waktu = step.waktu();
        Instant start = event.startedAt();
        boolean finished = event.finishedAt() != null && !event.finishedAt().isAfter(now);
        Instant end = finished ? (event.finishedAt().isBefore(start) ? start : event.finishedAt()) : now;
        // the rule's own measurement (StepMeasure): working time, allowance and due instant in one walk
        StepTiming timing = calendar.measure(start, end, waktu);
        Instant due = timing.dueAt();
        boolean wallClock = waktu.isDays() && calendar.dayCounting() == DayCounting.CALENDAR;
        Duration allowed = timing.allowed();
        Duration used = wallClock ? Duration.between(start, end) : timing.working();
        String standard = TimeText.standardForRequest(waktu, calendar.dayCounting());

        String headline = headline(event.stepNo(), finished, times.at(now), wallClock, used, standard,
                waktu.isDays() && !wallClock ? allowed : null, verdict(used, allowed));
        List<FindingExplanation.Fact> facts = new ArrayList<>();
        facts.add(new FindingExplanation.Fact(Texts.current("console.explain.started"), times.longAt(start)));
        facts.add(new FindingExplanation.Fact(Texts.current("console.explain.finished"), finished
                ? times.longAt(event.finishedAt())
                : Texts.current("console.explain.duration.running", times.longAt(now))));
        facts.add(new FindingExplanation.Fact(Texts.current("console.explain.duration.waktu"), waktu.isDays()
                ? Texts.current("console.explain.duration.waktu.days", step.waktuText(), standard)
                : Texts.current("console.explain.duration.waktu.working", step.waktuText(), standard)));
        facts.add(new FindingExplanation.Fact(Texts.current("console.explain.duration.due"),
                times.longAt(due) + " " + dueNote(waktu, calendar)));
        facts.add(new FindingExplanation.Fact(wallClock ? Texts.current("console.explain.duration.wall-clock")
                : Texts.current("console.explain.duration.working-used"), TimeText.durationForRequest(used)));
        facts.add(new FindingExplanation.Fact(Texts.current("console.explain.zone"),
                times.zoneName() + " (" + times.zone().getId() + ")"));
        return Optional.of(new FindingExplanation(Texts.current("console.explain.duration.title"), headline, facts,
                wallClock ? null : FindingSpan.of(calendar, times, start, end)));
    }

    /** One sentence per case (finished or not, working time or wall clock), so each reads whole in both languages. */
    private static String headline(int stepNo, boolean finished, String now, boolean wallClock, Duration used,
            String standard, Duration allowedUntilDue, String verdict) {
        String untilDue = allowedUntilDue == null ? ""
                : " " + Texts.current("console.explain.duration.until-due", TimeText.durationForRequest(allowedUntilDue));
        String measured = TimeText.durationForRequest(used);
        Object[] args = {stepNo, measured, standard, untilDue, verdict, now};
        if (finished) {
            return wallClock ? Texts.current("console.explain.duration.finished.wall", args)
                    : Texts.current("console.explain.duration.finished", args);
        }
        return wallClock ? Texts.current("console.explain.duration.running.wall", args)
                : Texts.current("console.explain.duration.running.working", args);
    }

    private static String verdict(Duration used, Duration allowed) {
        Duration over = used.minus(allowed);
        if (over.isNegative() || over.isZero()) {
            return Texts.current("console.explain.duration.within");
        }
        return Texts.current("console.explain.duration.over", TimeText.durationForRequest(over),
                FindingTimes.ratio(used, allowed));
    }

    private static String dueNote(MutuBakuWaktu waktu, WorkingCalendar calendar) {
        if (!waktu.isDays()) {
            return Texts.current("console.explain.duration.due.working",
                    TimeText.standardForRequest(waktu, calendar.dayCounting()));
        }
        return calendar.dayCounting() == DayCounting.CALENDAR
                ? Texts.current("console.explain.duration.due.calendar-days", waktu.workingDays())
                : Texts.current("console.explain.duration.due.working-days", waktu.workingDays());
    }
}
