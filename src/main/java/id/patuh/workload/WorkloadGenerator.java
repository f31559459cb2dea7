package id.patuh.workload;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.modulith.NamedInterface;

import id.patuh.calendar.CalendarService;
import id.patuh.calendar.MutuBakuWaktu;
import id.patuh.calendar.WorkingCalendar;
import id.patuh.cases.ActivityEvent;
import id.patuh.cases.DataRequest;
import id.patuh.cases.IndicatorRecord;
import id.patuh.catalog.Sop;
import id.patuh.catalog.SopCatalog;
import id.patuh.catalog.SopStep;
import id.patuh.catalog.SopVersions;

/**
 * Builds cases from the catalog that follow their SOP exactly, then injects one known violation
 * into each (or none), and indicator subjects likewise; the resulting {@link Workload} says
 * which findings an audit must report.
 */
@NamedInterface("api")
public final class WorkloadGenerator {

    /** What is wrong with a generated case. */
    public enum CaseFault {
        NONE, DECISION_LOOP, DURATION_EXCEEDED, RUNNING_OVERDUE, WRONG_EXECUTOR, MISSING_KELENGKAPAN,
        MISSING_OUTPUT, STEP_SKIPPED, STEP_OUT_OF_ORDER
    }

    /** What is wrong with a generated indicator subject. */
    public enum SubjectFault {
        NONE, MISSING_SUBMISSION, LATE_SUBMISSION, UNVERIFIED_DATA, SELF_VERIFICATION, REALIZATION_ANOMALY
    }

    private static final LocalDate FIRST_DAY = LocalDate.of(2024, 5, 2);

    private final SopCatalog catalog;
    private final CalendarService calendars;

    public WorkloadGenerator(SopCatalog catalog, CalendarService calendars) {
        this.catalog = catalog;
        this.calendars = calendars;
    }

    /** Every fault on every SOP it applies to, {@code perFault} times, plus compliant subjects and faulty ones. */
    public Workload generate(int perFault) {
        Workload.Builder workload = Workload.builder();
        int day = 0;
        for (Sop sop : catalog.sops()) {
            for (CaseFault fault : CaseFault.values()) {
                for (int i = 0; i < perFault; i++) {
                    String caseId = sop.code() + "-" + fault.name().toLowerCase() + "-" + i;
                    new CaseBuilder(sop, calendarFor(sop), caseId, fault, workload).build(startOn(sop, day++));
                }
            }
            RealLogCases realLog = new RealLogCases(sop, calendarFor(sop), workload);
            for (RealLogCases.Kind kind : RealLogCases.Kind.values()) {
                for (int i = 0; i < perFault; i++) {
                    realLog.add(kind, sop.code() + "-" + kind.name().toLowerCase() + "-" + i, startOn(sop, day++));
                }
            }
            if (!sop.ratified()) {
                workload.expect("SOP_NOT_RATIFIED", sop.code(), null);
            }
            catalog.versions(sop.code()).ifPresent(versions -> olderVersionCases(versions, workload));
        }
        int indicator = 0;
        for (SubjectFault fault : SubjectFault.values()) {
            for (int i = 0; i < perFault; i++) {
                subject(workload, "IKU-" + (++indicator), fault);
            }
        }
        for (int i = 0; i < perFault; i++) {
            annualSubject(workload, "IKU-" + (++indicator));
        }
        return workload.build();
    }

    /** A whole-year record with only target_annual, as e-SAKIP exports write them: nothing to find. */
    private static void annualSubject(Workload.Builder workload, String indicator) {
        Instant submitted = at("2024-12-20T09:00:00+07:00");
        workload.records.add(new IndicatorRecord("rec-" + indicator, "kec-kemlagi/kasi-pemerintahan", indicator,
                "Indikator " + indicator, "sasaran", "2024", new BigDecimal("400"), null, new BigDecimal("320"),
                "higher-better", "196801012000011001", submitted, "197002022000022002",
                submitted.plus(Duration.ofHours(3)), null, null));
    }

    /**
     * A realistic mix: {@code cases} cases over the SOPs in turn, each with one random fault with
     * probability {@code faultShare} (else none), reproducible for a seed. Case ids carry the
     * {@code prefix}, so mixes can be added to a store side by side.
     */
    public Workload generateMix(int cases, double faultShare, long seed, String prefix) {
        Workload.Builder workload = Workload.builder();
        java.util.Random random = new java.util.Random(seed);
        List<Sop> sops = catalog.sops();
        CaseFault[] faults = CaseFault.values();
        for (int i = 0; i < cases; i++) {
            Sop sop = sops.get(i % sops.size());
            CaseFault fault = random.nextDouble() < faultShare ? faults[2 + random.nextInt(faults.length - 2)]
                    : CaseFault.NONE;
            String caseId = prefix + "-" + sop.code() + "-" + i;
            CaseBuilder builder = new CaseBuilder(sop, calendarFor(sop), caseId, fault, workload);
            if (!builder.applies()) {
                builder = new CaseBuilder(sop, calendarFor(sop), caseId, CaseFault.NONE, workload);
            }
            builder.build(startOn(sop, i / sops.size()));
        }
        return workload.build();
    }

    /**
     * One case per superseded version, started on the last working day it was in force, whose step
     * with a waktu that differs from the current version's runs past the stricter of the two and
     * within the other: an audit that judged it by the wrong version would report one finding too
     * many or too few.
     */
    private void olderVersionCases(SopVersions versions, Workload.Builder workload) {
        List<Sop> all = versions.oldestFirst();
        for (int v = 0; v + 1 < all.size(); v++) {
            Sop older = all.get(v);
            Sop current = versions.current();
            Optional<SopStep> differing = older.steps().stream().filter(s -> s.waktu() != null)
                    .filter(s -> current.step(s.no()).map(SopStep::waktu).filter(w -> !w.equals(s.waktu())).isPresent())
                    .findFirst();
            LocalDate lastDay = SopVersions.effectiveFrom(all.get(v + 1)).minusDays(1);
            if (differing.isEmpty() || lastDay == null) {
                continue;
            }
            WorkingCalendar calendar = calendarFor(older);
            while (!calendar.isWorkingDay(lastDay)) {
                lastDay = lastDay.minusDays(1);
            }
            String caseId = older.code() + "-versi-" + older.tanggalEfektif();
            SopStep step = differing.get();
            new CaseBuilder(older, calendar, caseId, CaseFault.NONE, workload)
                    .betweenVersions(step.no(), current.step(step.no()).orElseThrow().waktu())
                    .build(ZonedDateTime.of(lastDay.atTime(8, 0), calendar.zone()).toInstant());
        }
    }

    private WorkingCalendar calendarFor(Sop sop) {
        return calendars.forUnit(sop.units().get(0)).countingDaysAs(sop.dayCounting());
    }

    /** 08:00 on the day-th working day from the first day (08:00 is inside office hours). */
    private Instant startOn(Sop sop, int day) {
        WorkingCalendar calendar = calendarFor(sop);
        LocalDate date = FIRST_DAY.plusDays(day % 120);
        while (!calendar.isWorkingDay(date)) {
            date = date.plusDays(1);
        }
        return ZonedDateTime.of(date.atTime(8, 0), calendar.zone()).toInstant();
    }

    private static void subject(Workload.Builder workload, String indicator, SubjectFault fault) {
        String unit = "kec-kemlagi/kasi-pemerintahan";
        String period = "2024-Q1";
        Instant due = at("2024-04-10T16:00:00+07:00");
        workload.requests.add(new DataRequest("req-" + indicator, null, unit, indicator, period, due));
        if (fault == SubjectFault.MISSING_SUBMISSION) {
            workload.expect("MISSING_SUBMISSION", indicator + " " + period, null);
            return;
        }
        Instant submitted = at(fault == SubjectFault.LATE_SUBMISSION ? "2024-04-16T09:00:00+07:00"
                : "2024-04-08T09:00:00+07:00");
        String verifier = fault == SubjectFault.SELF_VERIFICATION ? "196801012000011001" : "197002022000022002";
        Instant verified = fault == SubjectFault.UNVERIFIED_DATA ? null : submitted.plus(Duration.ofHours(3));
        BigDecimal realization = fault == SubjectFault.REALIZATION_ANOMALY ? new BigDecimal("250") : new BigDecimal("80");
        workload.records.add(new IndicatorRecord("rec-" + indicator, unit, indicator, "Indikator " + indicator,
                "sasaran", period, new BigDecimal("400"), new BigDecimal("100"), realization, "higher-better",
                "196801012000011001", submitted, verified == null ? null : verifier, verified, null, null));
        if (fault != SubjectFault.NONE) {
            workload.expect(fault.name(), indicator + " " + period, null);
        }
    }

    static Instant at(String text) {
        return OffsetDateTime.parse(text).toInstant();
    }

    /** One case of one SOP with at most one fault. */
    private static final class CaseBuilder {
        private final Sop sop;
        private final WorkingCalendar calendar;
        private final String caseId;
        private final CaseFault fault;
        private final Workload.Builder workload;
        private final List<SopStep> path;
        private final int target;
        /** A step run past the stricter of its waktu in this version and {@code otherWaktu}; 0 for none. */
        private int versionStep;
        private MutuBakuWaktu otherWaktu;

        CaseBuilder(Sop sop, WorkingCalendar calendar, String caseId, CaseFault fault, Workload.Builder workload) {
            this.sop = sop;
            this.calendar = calendar;
            this.caseId = caseId;
            this.fault = fault;
            this.workload = workload;
            this.path = SopPaths.walk(sop, fault == CaseFault.DECISION_LOOP);
            this.target = SopPaths.target(sop, path, fault);
        }

        boolean applies() {
            return target >= 0;
        }

        CaseBuilder betweenVersions(int stepNo, MutuBakuWaktu waktuInOtherVersion) {
            this.versionStep = stepNo;
            this.otherWaktu = waktuInOtherVersion;
            return this;
        }

        void build(Instant start) {
            if (target < 0) {
                return; // the fault does not apply to this SOP (e.g. no step names an output)
            }
            Instant t = start;
            Instant previousStart = start;
            for (int i = 0; i < path.size(); i++) {
                SopStep step = path.get(i);
                boolean targeted = i == target;
                if (targeted && fault == CaseFault.STEP_SKIPPED) {
                    workload.expect("STEP_SKIPPED", caseId, step.no());
                    continue;
                }
                Instant begin = targeted && fault == CaseFault.STEP_OUT_OF_ORDER
                        ? previousStart.plus(Duration.between(previousStart, t).dividedBy(2)) : t;
                boolean running = targeted && fault == CaseFault.RUNNING_OVERDUE;
                Instant finish = running ? null : calendar.dueAt(begin, workTime(step, targeted));
                if (step.no() == versionStep) {
                    finish = betweenStandards(step, begin, finish);
                }
                workload.events.add(event(step, i, begin, finish, targeted));
                if (targeted && fault != CaseFault.NONE && fault != CaseFault.DECISION_LOOP) {
                    workload.expect(fault == CaseFault.RUNNING_OVERDUE ? "DURATION_EXCEEDED" : fault.name(), caseId,
                            step.no());
                }
                if (running) {
                    return; // nothing follows a step that is still running
                }
                previousStart = begin;
                t = finish;
            }
        }

        /**
         * Half an hour of working time past the stricter standard, when that is still within the
         * other one; a finding is expected when this version's standard is the stricter.
         */
        private Instant betweenStandards(SopStep step, Instant begin, Instant compliant) {
            Instant stricterDue = calendar.dueAt(begin, step.waktu()).isBefore(calendar.dueAt(begin, otherWaktu))
                    ? calendar.dueAt(begin, step.waktu()) : calendar.dueAt(begin, otherWaktu);
            Instant finish = calendar.dueAt(stricterDue, MutuBakuWaktu.ofTime(Duration.ofMinutes(30)));
            boolean exceedsThis = calendar.exceeds(begin, finish, step.waktu());
            if (exceedsThis == calendar.exceeds(begin, finish, otherWaktu)) {
                return compliant; // the versions cannot be told apart by this run
            }
            if (exceedsThis) {
                workload.expect("DURATION_EXCEEDED", caseId, step.no());
            }
            return finish;
        }

        /** Half the standard, or one and a half times it for an injected overrun. */
        private MutuBakuWaktu workTime(SopStep step, boolean targeted) {
            boolean over = targeted && fault == CaseFault.DURATION_EXCEEDED;
            if (step.waktu() == null) {
                return MutuBakuWaktu.ofTime(Duration.ofMinutes(30));
            }
            if (step.waktu().isDays()) {
                return over ? MutuBakuWaktu.ofDays(step.waktu().workingDays() + 1)
                        : MutuBakuWaktu.ofTime(Duration.ofHours(2));
            }
            Duration standard = step.waktu().workingTime();
            return MutuBakuWaktu.ofTime(over ? standard.plus(standard.dividedBy(2)) : standard.dividedBy(2));
        }

        private ActivityEvent event(SopStep step, int index, Instant begin, Instant finish, boolean targeted) {
            String role = targeted && fault == CaseFault.WRONG_EXECUTOR
                    ? SopPaths.roleOtherThan(sop, step) : step.executors().get(0);
            List<String> kelengkapan = targeted && fault == CaseFault.MISSING_KELENGKAPAN
                    ? List.of() : new ArrayList<>(step.kelengkapan());
            String output = (targeted && fault == CaseFault.MISSING_OUTPUT) || finish == null ? null : step.output();
            String decision = step.isDecision() ? SopPaths.answer(path, index) : null;
            return new ActivityEvent(caseId + "-" + index, sop.code(), caseId, sop.units().get(0), step.no(), role,
                    null, begin, finish, kelengkapan, output, decision);
        }
    }
}
