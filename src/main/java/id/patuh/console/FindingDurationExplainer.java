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
        String standard = TimeText.standard(waktu, calendar.dayCounting());

        String headline = headline(event.stepNo(), finished, times.at(now), wallClock, used, standard,
                waktu.isDays() && !wallClock ? allowed : null) + ": " + verdict(used, allowed) + ".";
        List<FindingExplanation.Fact> facts = new ArrayList<>();
        facts.add(new FindingExplanation.Fact("Mulai", times.longAt(start)));
        facts.add(new FindingExplanation.Fact("Selesai", finished ? times.longAt(event.finishedAt())
                : "belum selesai; dihitung sampai " + times.longAt(now)));
        facts.add(new FindingExplanation.Fact("Mutu Baku waktu", "\"" + step.waktuText() + "\" pada lembar SOP = "
                + standard + (waktu.isDays() ? "" : " waktu kerja")));
        facts.add(new FindingExplanation.Fact("Batas Mutu Baku", times.longAt(due) + dueNote(waktu, calendar)));
        facts.add(new FindingExplanation.Fact(wallClock ? "Waktu jam dinding" : "Waktu kerja terpakai",
                TimeText.duration(used)));
        facts.add(new FindingExplanation.Fact("Zona waktu", times.zoneName() + " (" + times.zone().getId() + ")"));
        return Optional.of(new FindingExplanation("Perhitungan waktu kerja", headline, facts,
                wallClock ? null : FindingSpan.of(calendar, times, start, end)));
    }

    private static String headline(int stepNo, boolean finished, String now, boolean wallClock, Duration used,
            String standard, Duration allowedUntilDue) {
        String step = "Langkah " + stepNo;
        String measured = wallClock
                ? "berlangsung " + TimeText.duration(used) + " menurut jam dinding, standar " + standard
                : "waktu kerja " + TimeText.duration(used) + ", standar " + standard;
        String untilDue = allowedUntilDue == null ? ""
                : " (" + TimeText.duration(allowedUntilDue) + " waktu kerja sampai batasnya)";
        if (finished) {
            return step + (wallClock ? " " : " memakai ") + measured + untilDue;
        }
        return step + " belum selesai; sampai " + now + (wallClock ? " sudah " : " sudah memakai ") + measured
                + untilDue;
    }

    private static String verdict(Duration used, Duration allowed) {
        Duration over = used.minus(allowed);
        if (over.isNegative() || over.isZero()) {
            return "masih dalam standar";
        }
        return "lewat " + TimeText.duration(over) + " (" + FindingTimes.ratio(used, allowed) + "× standar)";
    }

    private static String dueNote(MutuBakuWaktu waktu, WorkingCalendar calendar) {
        if (!waktu.isDays()) {
            return " (setelah " + TimeText.standard(waktu, calendar.dayCounting()) + " waktu kerja sejak mulai)";
        }
        return calendar.dayCounting() == DayCounting.CALENDAR
                ? " (jam yang sama, " + waktu.workingDays() + " hari kalender kemudian)"
                : " (jam yang sama, " + waktu.workingDays() + " hari kerja kemudian; akhir pekan dan hari libur "
                        + "dilewati)";
    }
}
