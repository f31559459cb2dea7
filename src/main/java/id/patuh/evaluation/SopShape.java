package id.patuh.evaluation;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import id.patuh.catalog.RoleAbbreviations;
import id.patuh.catalog.RoleTitles;
import id.patuh.catalog.Sop;
import id.patuh.catalog.SopStep;
import id.patuh.evaluation.fact.RequiredInput;

/**
 * What a case's facts take from its SOP — flow, labels, executors, required inputs — worked out
 * once per SOP rather than once per case (the flow's dominators alone cost more than a case's
 * rules). {@link Cache} keeps one per SOP code and notices a reloaded catalog by identity.
 */
final class SopShape {

    private final Sop sop;
    private final FlowGraph flow;
    private final TitleReadings titles;
    private final Map<Integer, StepShape> steps = new HashMap<>();

    /**
     * One step's share: labels as messages print them, resolved executors, flow sets (immutable
     * already, so the facts' defensive copies cost nothing), inputs.
     */
    record StepShape(SopStep step, String label, String labelEn, List<String> executors, String output,
            Set<Integer> predecessors, Set<Integer> mandatoryBefore, List<RequiredInput> requiredInputs) {
    }

    private SopShape(Sop sop, RoleAbbreviations abbreviations) {
        this.sop = sop;
        this.flow = FlowGraph.of(sop);
        this.titles = new TitleReadings(sop, new RoleTitles(sop, abbreviations));
        for (SopStep step : sop.steps()) {
            steps.put(step.no(), shapeOf(step));
        }
    }

    private StepShape shapeOf(SopStep step) {
        List<String> executors = step.executors().stream().map(e -> sop.resolveRole(e).orElse(e)).distinct().toList();
        List<RequiredInput> inputs = step.kelengkapan().stream().filter(k -> Names.key(k) != null)
                .map(k -> new RequiredInput(step.no(), Names.key(k), k.strip())).toList();
        return new StepShape(step, Names.stepLabel("Langkah", step.no(), step.activity()),
                Names.stepLabel("Step", step.no(), step.activity()), executors, Names.blankToNull(step.output()),
                Set.copyOf(flow.predecessors(step.no())), Set.copyOf(flow.mandatoryBefore(step.no())), inputs);
    }

    Sop sop() {
        return sop;
    }

    FlowGraph flow() {
        return flow;
    }

    /** The SOP role a recorded job title names and the roles it holds (semantics.md v2). */
    TitleReadings.Reading reading(String title) {
        return titles.of(title);
    }

    /** The step's shape, or null for a step number the SOP does not have. */
    StepShape step(int no) {
        return steps.get(no);
    }

    Set<Integer> predecessors(int no) {
        StepShape step = steps.get(no);
        return step != null ? step.predecessors() : flow.predecessors(no);
    }

    Set<Integer> mandatoryBefore(int no) {
        StepShape step = steps.get(no);
        return step != null ? step.mandatoryBefore() : flow.mandatoryBefore(no);
    }

    /**
     * One shape per SOP version (code and tanggal_efektif); a different Sop instance under the same
     * version (a reload) replaces it.
     */
    static final class Cache {

        private final Map<String, SopShape> byVersion = new ConcurrentHashMap<>();
        private final RoleAbbreviations abbreviations;

        Cache(RoleAbbreviations abbreviations) {
            this.abbreviations = abbreviations;
        }

        SopShape of(Sop sop) {
            String key = Objects.requireNonNullElse(sop.code(), "") + "\u001f"
                    + Objects.requireNonNullElse(sop.tanggalEfektif(), "");
            SopShape known = byVersion.get(key);
            if (known != null && known.sop == sop) {
                return known;
            }
            SopShape shape = new SopShape(sop, abbreviations);
            byVersion.put(key, shape);
            return shape;
        }
    }
}
