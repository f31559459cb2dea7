package id.patuh.evaluation;

import java.util.ArrayDeque;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import id.patuh.catalog.Sop;
import id.patuh.catalog.SopStep;

/**
 * The flow of an SOP's steps: each step leads to the next one, a decision step to its {@code ya}
 * and {@code tidak} targets instead.
 *
 * <p>A step is mandatory before another when every path from the first step to it passes through
 * it (it dominates it). That is what makes branches fair: steps a {@code ya} jumps over are not
 * mandatory for the steps after the jump, and a {@code tidak} that loops back adds a path but
 * removes no dominator.
 */
final class FlowGraph {

    private final Map<Integer, Set<Integer>> predecessors = new TreeMap<>();
    private final Map<Integer, List<Integer>> successors;
    private final Map<Integer, Set<Integer>> dominators = new HashMap<>();

    private FlowGraph(Map<Integer, List<Integer>> successors) {
        this.successors = successors;
        successors.keySet().forEach(step -> predecessors.put(step, new TreeSet<>()));
        successors.forEach((from, targets) -> targets.forEach(to -> predecessors.get(to).add(from)));
        if (!successors.isEmpty()) {
            computeDominators(successors.keySet().iterator().next(), successors);
        }
    }

    static FlowGraph of(Sop sop) {
        List<SopStep> steps = sop.steps().stream()
                .sorted((a, b) -> Integer.compare(a.no(), b.no())).toList();
        Set<Integer> numbers = new TreeSet<>(steps.stream().map(SopStep::no).toList());
        Map<Integer, List<Integer>> successors = new TreeMap<>();
        for (int i = 0; i < steps.size(); i++) {
            SopStep step = steps.get(i);
            List<Integer> targets = step.isDecision()
                    ? List.of(step.decision().ya(), step.decision().tidak())
                    : i + 1 < steps.size() ? List.of(steps.get(i + 1).no()) : List.of();
            successors.put(step.no(), targets.stream().filter(numbers::contains).distinct().toList());
        }
        return new FlowGraph(successors);
    }

    /** Steps with an edge into {@code step}. */
    Set<Integer> predecessors(int step) {
        return Collections.unmodifiableSortedSet(new TreeSet<>(predecessors.getOrDefault(step, Set.of())));
    }

    /** Steps on every path from the first step to {@code step}, without the step itself. */
    Set<Integer> mandatoryBefore(int step) {
        TreeSet<Integer> result = new TreeSet<>(dominators.getOrDefault(step, Set.of()));
        result.remove(step);
        return Collections.unmodifiableSortedSet(result);
    }

    /**
     * The steps a case can reach from {@code from} (itself included) without passing {@code avoid}:
     * the branch a decision's answer leads into, up to the decision again.
     */
    Set<Integer> reachableAvoiding(int from, int avoid) {
        Set<Integer> seen = new TreeSet<>();
        ArrayDeque<Integer> queue = new ArrayDeque<>();
        if (from != avoid && successors.containsKey(from)) {
            seen.add(from);
            queue.add(from);
        }
        while (!queue.isEmpty()) {
            for (int next : successors.getOrDefault(queue.poll(), List.of())) {
                if (next != avoid && seen.add(next)) {
                    queue.add(next);
                }
            }
        }
        return Collections.unmodifiableSet(seen);
    }

    /** The classic iterative data-flow algorithm; SOPs have a dozen steps, so clarity beats speed. */
    private void computeDominators(int first, Map<Integer, List<Integer>> successors) {
        Set<Integer> reachable = reachableFrom(first, successors);
        for (int step : reachable) {
            dominators.put(step, step == first ? Set.of(first) : new TreeSet<>(reachable));
        }
        boolean changed = true;
        while (changed) {
            changed = false;
            for (int step : reachable) {
                if (step == first) {
                    continue;
                }
                Set<Integer> updated = new TreeSet<>(reachable);
                predecessors.get(step).stream().filter(reachable::contains)
                        .forEach(p -> updated.retainAll(dominators.get(p)));
                updated.add(step);
                changed |= !updated.equals(dominators.put(step, updated));
            }
        }
    }

    private static Set<Integer> reachableFrom(int first, Map<Integer, List<Integer>> successors) {
        Set<Integer> seen = new TreeSet<>(Set.of(first));
        ArrayDeque<Integer> queue = new ArrayDeque<>(seen);
        while (!queue.isEmpty()) {
            for (int next : successors.get(queue.poll())) {
                if (seen.add(next)) {
                    queue.add(next);
                }
            }
        }
        return seen;
    }
}
