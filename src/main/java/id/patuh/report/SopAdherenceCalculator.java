package id.patuh.report;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

import id.patuh.calendar.CalendarService;
import id.patuh.calendar.DayCounting;
import id.patuh.calendar.MutuBakuWaktu;
import id.patuh.calendar.StepTiming;
import id.patuh.calendar.WorkingCalendar;
import id.patuh.cases.ActivityEvent;
import id.patuh.cases.CaseData;
import id.patuh.catalog.Sop;
import id.patuh.catalog.SopStep;
import id.patuh.findings.FindingView;

/**
 * SOP adherence per SOP: durations measured against Mutu Baku on the unit's calendar, sequence
 * and executor conformance read from the stored findings (the rules already judged them, so the
 * report cannot disagree with the findings list).
 */
final class SopAdherenceCalculator {

    static final Set<String> SEQUENCE = Set.of("STEP_SKIPPED", "STEP_OUT_OF_ORDER");
    static final Set<String> EXECUTOR = Set.of("WRONG_EXECUTOR");
    static final Set<String> DURATION = Set.of("DURATION_EXCEEDED");

    private final Function<String, Optional<Sop>> sops;
    private final CalendarService calendars;
    private final Instant asOf;

    SopAdherenceCalculator(Function<String, Optional<Sop>> sops, CalendarService calendars, Instant asOf) {
        this.sops = sops;
        this.calendars = calendars;
        this.asOf = asOf;
    }

    List<SopAdherence> of(List<CaseData> cases, HeldFindings findings) {
        Map<String, List<CaseData>> bySop = cases.stream()
                .collect(Collectors.groupingBy(CaseData::sopCode, TreeMap::new, Collectors.toList()));
        List<SopAdherence> result = new ArrayList<>();
        bySop.forEach((code, list) -> result.add(adherence(code, list, findings)));
        return result;
    }

    private SopAdherence adherence(String sopCode, List<CaseData> cases, HeldFindings findings) {
        Optional<Sop> sop = sops.apply(sopCode);
        Figure.Sum mutuBaku = new Figure.Sum();
        Figure.Sum urutan = new Figure.Sum();
        Figure.Sum pelaksana = new Figure.Sum();
        Set<String> excused = findings.excusedEvidence(DURATION);
        for (CaseData c : cases.stream().sorted(Comparator.comparing(CaseData::caseId)).toList()) {
            List<ActivityEvent> events = c.events().stream().filter(e -> !e.startedAt().isAfter(asOf)).toList();
            mutuBaku.add(durations(c, events, sop, findings, excused));
            urutan.add(sequence(c, findings));
            pelaksana.add(executors(c, events, findings));
        }
        return new SopAdherence(sopCode, sop.map(Sop::name).orElse(sopCode),
                cases.stream().map(CaseData::caseId).sorted().toList(), mutuBaku.figure(), urutan.figure(),
                pelaksana.figure());
    }

    private Figure durations(CaseData c, List<ActivityEvent> events, Optional<Sop> sop, HeldFindings findings,
            Set<String> excused) {
        List<String> within = new ArrayList<>();
        List<String> over = new ArrayList<>();
        if (sop.isPresent()) {
            WorkingCalendar calendar = calendarFor(c.unit(), sop.get());
            for (ActivityEvent e : events) {
                MutuBakuWaktu waktu = sop.get().step(e.stepNo()).map(SopStep::waktu).orElse(null);
                if (waktu != null && e.finishedAt() != null && !e.finishedAt().isAfter(asOf)) {
                    boolean ok = withinStandard(calendar, e.startedAt(), e.finishedAt(), waktu)
                            || excused.contains(e.eventId());
                    (ok ? within : over).add(e.eventId());
                }
            }
        }
        return Figure.of(within, over, findings.ids(findings.ofCase(c.sopCode(), c.caseId(), DURATION)));
    }

    /**
     * Measured as the duration rule measures (docs/rules.md): for "N hari" on working days the
     * working time used is compared with the working time allowed, so a finish that falls in a
     * break after the due instant used no extra working time and is within the standard.
     */
    static boolean withinStandard(WorkingCalendar calendar, Instant start, Instant finish, MutuBakuWaktu waktu) {
        Instant end = finish.isBefore(start) ? start : finish;
        StepTiming timing = calendar.measure(start, end, waktu);
        if (waktu.isDays() && calendar.dayCounting() == DayCounting.CALENDAR) {
            return !end.isAfter(timing.dueAt());
        }
        return timing.working().compareTo(timing.allowed()) <= 0;
    }

    private Figure sequence(CaseData c, HeldFindings findings) {
        List<String> ids = findings.ids(findings.ofCase(c.sopCode(), c.caseId(), SEQUENCE));
        return ids.isEmpty() ? Figure.of(List.of(c.caseId()), List.of(), List.of())
                : Figure.of(List.of(), List.of(c.caseId()), ids);
    }

    private Figure executors(CaseData c, List<ActivityEvent> events, HeldFindings findings) {
        List<FindingView> wrong = findings.ofCase(c.sopCode(), c.caseId(), EXECUTOR).toList();
        Set<String> wrongEvents = wrong.stream().flatMap(f -> f.evidence().stream()).collect(Collectors.toSet());
        List<String> right = events.stream().map(ActivityEvent::eventId).filter(id -> !wrongEvents.contains(id))
                .toList();
        List<String> gaps = events.stream().map(ActivityEvent::eventId).filter(wrongEvents::contains).toList();
        return Figure.of(right, gaps, wrong.stream().map(FindingView::id).toList());
    }

    /** Calendar days when the SOP says so, as the evaluation does. */
    private WorkingCalendar calendarFor(String unit, Sop sop) {
        return calendars.forUnit(unit).countingDaysAs(sop.dayCounting());
    }
}
