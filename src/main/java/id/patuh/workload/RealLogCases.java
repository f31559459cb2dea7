package id.patuh.workload;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import id.patuh.calendar.MutuBakuWaktu;
import id.patuh.calendar.WorkingCalendar;
import id.patuh.cases.ActivityEvent;
import id.patuh.catalog.Sop;
import id.patuh.catalog.SopStep;

/**
 * Cases written the way offices write their logs (rules v2): job titles instead of catalog role
 * names, several people running one step, decisions answered and ignored. Each case follows its
 * SOP's "ya" path; the kind says what, if anything, is wrong with it.
 */
final class RealLogCases {

    /** What a generated real-log case shows. */
    enum Kind {
        /** Every actor a real title of the right role (abbreviated, spelled out, qualified, upper case): nothing. */
        TITLES,
        /** One step done by another role, written as a title: WRONG_EXECUTOR. */
        WRONG_TITLE,
        /** A decision answered "tidak", yet the case goes on along "ya": DECISION_NOT_FOLLOWED. */
        DECISION_IGNORED,
        /** Three people run step 2; step 3 starts when the first is done: STEP_OUT_OF_ORDER. */
        PARALLEL_EARLY,
        /** Three people run step 2; step 3 starts when the last is done: nothing. */
        PARALLEL_WAITED
    }

    private static final String QUALIFIER = "Pemerintahan";
    private static final List<String> PARALLEL_QUALIFIERS = List.of("Pemerintahan", "Trantib", "Kesos");

    /** The standard abbreviations, spelled out as some offices write them. */
    private static final Map<String, String> SPELLED_OUT = Map.of("kasi", "Kepala Seksi", "kasubbag",
            "Kepala Sub Bagian", "kasubag", "Kepala Subbagian", "kabag", "Kepala Bagian", "kabid", "Kepala Bidang",
            "sekcam", "Sekretaris Kecamatan", "jf", "Jabatan Fungsional", "staff", "Staf");

    private final Sop sop;
    private final WorkingCalendar calendar;
    private final Workload.Builder workload;

    RealLogCases(Sop sop, WorkingCalendar calendar, Workload.Builder workload) {
        this.sop = sop;
        this.calendar = calendar;
        this.workload = workload;
    }

    /** Whether the SOP lends itself to the kind (a decision step, a role that is not the executor, three steps). */
    boolean applies(Kind kind, List<SopStep> path) {
        return switch (kind) {
            case TITLES -> true;
            case WRONG_TITLE -> wrongStep(path) >= 0;
            case DECISION_IGNORED -> path.stream().anyMatch(SopStep::isDecision);
            case PARALLEL_EARLY, PARALLEL_WAITED -> path.size() >= 3 && !path.get(1).isDecision();
        };
    }

    void add(Kind kind, String caseId, Instant start) {
        List<SopStep> path = SopPaths.walk(sop, false);
        if (!applies(kind, path)) {
            return;
        }
        List<ActivityEvent> events = new ArrayList<>();
        int wrong = kind == Kind.WRONG_TITLE ? wrongStep(path) : -1;
        Instant t = start;
        for (int i = 0; i < path.size(); i++) {
            SopStep step = path.get(i);
            if (i == 1 && (kind == Kind.PARALLEL_EARLY || kind == Kind.PARALLEL_WAITED)) {
                t = parallelRuns(events, caseId, step, t, kind == Kind.PARALLEL_EARLY);
                continue;
            }
            String role = i == wrong ? spelledOut(SopPaths.roleOtherThan(sop, step)) + " " + QUALIFIER
                    : title(step.executors().get(0), i);
            String answer = !step.isDecision() ? null : kind == Kind.DECISION_IGNORED ? "tidak" : "ya";
            Instant finish = calendar.dueAt(t, share(step, 2, 1));
            events.add(event(caseId, events.size(), step, role, t, finish, answer));
            if (i == wrong) {
                workload.expect("WRONG_EXECUTOR", caseId, step.no());
            }
            if (step.isDecision() && kind == Kind.DECISION_IGNORED) {
                workload.expect("DECISION_NOT_FOLLOWED", caseId, step.no());
            }
            t = finish;
        }
        workload.events.addAll(events);
    }

    /**
     * Three runs of one step, started together, taking 1/4, 1/2 and 3/4 of the standard; returns
     * when the next step starts: as the first run finishes (early) or as the last one does.
     */
    private Instant parallelRuns(List<ActivityEvent> events, String caseId, SopStep step, Instant start,
            boolean early) {
        List<Instant> finishes = new ArrayList<>();
        for (int run = 0; run < PARALLEL_QUALIFIERS.size(); run++) {
            String role = first(step.executors().get(0)) + " " + PARALLEL_QUALIFIERS.get(run);
            Instant finish = calendar.dueAt(start, share(step, 4, run + 1));
            finishes.add(finish);
            events.add(event(caseId, events.size(), step, role, start, finish, null));
        }
        if (early) {
            workload.expect("STEP_OUT_OF_ORDER", caseId, nextNo(step));
            return finishes.get(0);
        }
        return finishes.get(finishes.size() - 1);
    }

    private int nextNo(SopStep step) {
        return sop.steps().stream().filter(s -> s.no() > step.no()).findFirst().orElseThrow().no();
    }

    /** {@code parts}-ths times {@code times} of the standard (30 minutes without one, 2 hours per part for days). */
    private static MutuBakuWaktu share(SopStep step, int parts, int times) {
        if (step.waktu() == null) {
            return MutuBakuWaktu.ofTime(Duration.ofMinutes(30L * times));
        }
        if (step.waktu().isDays()) {
            return MutuBakuWaktu.ofTime(Duration.ofHours(times));
        }
        return MutuBakuWaktu.ofTime(step.waktu().workingTime().multipliedBy(times).dividedBy(parts));
    }

    private int wrongStep(List<SopStep> path) {
        for (int i = 0; i < path.size(); i++) {
            if (!SopPaths.roleOtherThan(sop, path.get(i)).isEmpty()) {
                return i;
            }
        }
        return -1;
    }

    /** A real title of the role, in one of four ways offices write it. */
    static String title(String role, int style) {
        String first = first(role);
        String spelled = spelledOut(first);
        return switch (style % 4) {
            case 0 -> first + " " + QUALIFIER;
            case 1 -> spelled;
            case 2 -> spelled.toUpperCase(Locale.ROOT) + " " + QUALIFIER.toUpperCase(Locale.ROOT);
            default -> first.replace(" ", "  ") + ", " + QUALIFIER + ".";
        };
    }

    /** The first of the alternatives "X / Y". */
    private static String first(String role) {
        return role.split("/")[0].strip();
    }

    private static String spelledOut(String role) {
        List<String> words = new ArrayList<>();
        for (String word : first(role).split("\\s+")) {
            words.add(SPELLED_OUT.getOrDefault(word.toLowerCase(Locale.ROOT), word));
        }
        return String.join(" ", words);
    }

    private ActivityEvent event(String caseId, int index, SopStep step, String role, Instant begin, Instant finish,
            String answer) {
        return new ActivityEvent(caseId + "-" + index, sop.code(), caseId, sop.units().get(0), step.no(), role, null,
                begin, finish, new ArrayList<>(step.kelengkapan()), step.output(), answer);
    }
}
