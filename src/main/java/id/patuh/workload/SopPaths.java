package id.patuh.workload;

import java.util.ArrayList;
import java.util.List;

import id.patuh.catalog.Sop;
import id.patuh.catalog.SopStep;

/** The walk a generated case takes through its SOP, and where its fault goes. */
final class SopPaths {

    static final int NO_STEP = Integer.MAX_VALUE;

    private SopPaths() {
    }

    /**
     * Step by step from the first; a decision answers "ya", except that with {@code loopOnce} the
     * first decision answers "tidak" once and the walk goes back.
     */
    static List<SopStep> walk(Sop sop, boolean loopOnce) {
        List<SopStep> path = new ArrayList<>();
        boolean looped = !loopOnce;
        SopStep step = sop.steps().get(0);
        while (step != null) {
            path.add(step);
            if (step.isDecision()) {
                int next = looped ? step.decision().ya() : step.decision().tidak();
                looped = true;
                step = sop.step(next).orElseThrow();
            } else {
                step = following(sop, step);
            }
        }
        return path;
    }

    private static SopStep following(Sop sop, SopStep step) {
        return sop.steps().stream().filter(s -> s.no() > step.no()).findFirst().orElse(null);
    }

    /** The decision answer of the path's step at {@code index}: "tidak" when the walk goes back. */
    static String answer(List<SopStep> path, int index) {
        SopStep step = path.get(index);
        boolean goesBack = index + 1 < path.size() && path.get(index + 1).no() == step.decision().tidak();
        return goesBack ? "tidak" : "ya";
    }

    /** The path index of the step that gets the fault; {@link #NO_STEP} for none, -1 when the fault does not fit. */
    static int target(Sop sop, List<SopStep> path, WorkloadGenerator.CaseFault fault) {
        return switch (fault) {
            case NONE -> NO_STEP;
            case DECISION_LOOP -> sop.steps().stream().anyMatch(SopStep::isDecision) ? NO_STEP : -1;
            case DURATION_EXCEEDED -> first(path, 0, s -> s.waktu() != null);
            case RUNNING_OVERDUE -> last(path, s -> s.waktu() != null);
            case WRONG_EXECUTOR -> first(path, 0, s -> !roleOtherThan(sop, s).isEmpty());
            case MISSING_KELENGKAPAN -> first(path, 0, s -> !s.kelengkapan().isEmpty());
            case MISSING_OUTPUT -> first(path, 0, s -> s.output() != null);
            case STEP_SKIPPED -> first(path, 1, s -> !s.isDecision() && path.indexOf(s) < path.size() - 1);
            case STEP_OUT_OF_ORDER -> path.size() > 1 ? 1 : -1;
        };
    }

    private static int first(List<SopStep> path, int from, java.util.function.Predicate<SopStep> fits) {
        for (int i = from; i < path.size(); i++) {
            if (fits.test(path.get(i))) {
                return i;
            }
        }
        return -1;
    }

    private static int last(List<SopStep> path, java.util.function.Predicate<SopStep> fits) {
        for (int i = path.size() - 1; i >= 0; i--) {
            if (fits.test(path.get(i))) {
                return i;
            }
        }
        return -1;
    }

    /**
     * A role of the SOP that shares no "X / Y" alternative with the step's executors: under rules v2
     * whoever holds X holds "X / Y dan Z" too, so such a role would not be a wrong executor.
     */
    static String roleOtherThan(Sop sop, SopStep step) {
        java.util.Set<String> taken = new java.util.HashSet<>();
        step.executors().forEach(e -> taken.addAll(alternatives(e)));
        return sop.roleNames().stream().filter(r -> !step.executors().contains(r))
                .filter(r -> java.util.Collections.disjoint(alternatives(r), taken)).findFirst().orElse("");
    }

    private static List<String> alternatives(String role) {
        return java.util.Arrays.stream(role.split("/"))
                .map(a -> a.strip().replaceAll("\\s+", " ").toLowerCase(java.util.Locale.ROOT)).toList();
    }
}
