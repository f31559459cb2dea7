package id.patuh.bench;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import id.patuh.calendar.WorkingCalendar;
import id.patuh.cases.ActivityEvent;
import id.patuh.catalog.Sop;
import id.patuh.catalog.SopStep;

/**
 * The case checks of the rules, written by hand in plain Java: the floor the Drools engine is
 * measured against. It answers the same questions (which step broke which rule), not the
 * messages or severities.
 */
final class PlainJavaChecks {

    private final Map<String, Map<Integer, Set<Integer>>> dominators = new HashMap<>();
    private final Map<String, Map<Integer, Set<Integer>>> predecessors = new HashMap<>();

    /** Codes with step numbers, e.g. {@code DURATION_EXCEEDED#3}. */
    List<String> check(Sop sop, List<ActivityEvent> events, WorkingCalendar calendar, Instant now) {
        List<String> found = new ArrayList<>();
        Map<Integer, List<ActivityEvent>> byStep = new HashMap<>();
        events.forEach(e -> byStep.computeIfAbsent(e.stepNo(), k -> new ArrayList<>()).add(e));
        for (ActivityEvent event : events) {
            Optional<SopStep> step = sop.step(event.stepNo());
            step.ifPresent(s -> checkEvent(sop, s, event, byStep, calendar, now, found));
        }
        Set<Integer> skipped = new LinkedHashSet<>();
        for (Integer started : byStep.keySet()) {
            for (Integer mandatory : dominators(sop).getOrDefault(started, Set.of())) {
                if (!byStep.containsKey(mandatory)) {
                    skipped.add(mandatory);
                }
            }
        }
        skipped.forEach(no -> found.add("STEP_SKIPPED#" + no));
        return found;
    }

    private void checkEvent(Sop sop, SopStep step, ActivityEvent event, Map<Integer, List<ActivityEvent>> byStep,
            WorkingCalendar calendar, Instant now, List<String> found) {
        if (step.waktu() != null && (event.finished()
                ? calendar.exceeds(event.startedAt(), event.finishedAt(), step.waktu())
                : calendar.overdue(event.startedAt(), now, step.waktu()))) {
            found.add("DURATION_EXCEEDED#" + step.no());
        }
        Optional<String> role = sop.resolveRole(event.actorRole());
        if (role.isEmpty() || !step.executors().contains(role.get())) {
            found.add("WRONG_EXECUTOR#" + step.no());
        }
        Set<String> present = new HashSet<>();
        event.kelengkapan().forEach(k -> present.add(key(k)));
        if (step.kelengkapan().stream().anyMatch(required -> !present.contains(key(required)))) {
            found.add("MISSING_KELENGKAPAN#" + step.no());
        }
        if (event.finished() && step.output() != null && (event.output() == null || event.output().isBlank())) {
            found.add("MISSING_OUTPUT#" + step.no());
        }
        Set<Integer> preds = predecessors(sop).getOrDefault(step.no(), Set.of());
        List<ActivityEvent> before = preds.stream().flatMap(p -> byStep.getOrDefault(p, List.of()).stream()).toList();
        if (!before.isEmpty() && before.stream().noneMatch(p -> p.finished()
                && !p.finishedAt().isAfter(event.startedAt()))) {
            found.add("STEP_OUT_OF_ORDER#" + step.no());
        }
    }

    private static String key(String text) {
        return text.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    private Map<Integer, Set<Integer>> predecessors(Sop sop) {
        return predecessors.computeIfAbsent(sop.code(), code -> {
            Map<Integer, Set<Integer>> preds = new HashMap<>();
            successors(sop).forEach((from, tos) -> tos.forEach(to -> preds.computeIfAbsent(to, k -> new HashSet<>())
                    .add(from)));
            return preds;
        });
    }

    /** Steps that every path from the first step to a step passes through (without the step itself). */
    private Map<Integer, Set<Integer>> dominators(Sop sop) {
        return dominators.computeIfAbsent(sop.code(), code -> {
            Map<Integer, Set<Integer>> preds = predecessors(sop);
            List<Integer> steps = sop.steps().stream().map(SopStep::no).toList();
            Map<Integer, Set<Integer>> dom = new HashMap<>();
            steps.forEach(s -> dom.put(s, new HashSet<>(steps)));
            dom.put(steps.get(0), new HashSet<>(Set.of(steps.get(0))));
            boolean changed = true;
            while (changed) {
                changed = false;
                for (Integer s : steps.subList(1, steps.size())) {
                    Set<Integer> next = null;
                    for (Integer p : preds.getOrDefault(s, Set.of())) {
                        if (next == null) {
                            next = new HashSet<>(dom.get(p));
                        } else {
                            next.retainAll(dom.get(p));
                        }
                    }
                    next = next == null ? new HashSet<>() : next;
                    next.add(s);
                    changed |= !next.equals(dom.put(s, next));
                }
            }
            dom.forEach((s, set) -> set.remove(s));
            return dom;
        });
    }

    private static Map<Integer, Set<Integer>> successors(Sop sop) {
        Map<Integer, Set<Integer>> next = new HashMap<>();
        List<SopStep> steps = sop.steps();
        for (int i = 0; i < steps.size(); i++) {
            SopStep step = steps.get(i);
            Set<Integer> tos = new HashSet<>();
            if (step.isDecision()) {
                tos.add(step.decision().ya());
                tos.add(step.decision().tidak());
            } else if (i + 1 < steps.size()) {
                tos.add(steps.get(i + 1).no());
            }
            next.put(step.no(), tos);
        }
        return next;
    }
}
