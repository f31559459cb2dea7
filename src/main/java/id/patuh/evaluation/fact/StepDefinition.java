package id.patuh.evaluation.fact;

import java.util.List;
import java.util.Set;

import org.kie.api.definition.type.ClassReactive;

/**
 * One step of the case's SOP, as the rules need it.
 *
 * @param label           {@code Langkah 3 (Menghimpun format data…)}
 * @param labelEn         {@code Step 3 (Menghimpun format data…)}
 * @param executors       the step's Pelaksana, as canonical role names of the SOP
 * @param output          the Output the SOP names, or null when it names none
 * @param mandatoryBefore steps on every path from the first step to this one (its dominators)
 * @param executorsInferred whether the catalog inferred the executors (the SOP lost its flowchart marks)
 */
@ClassReactive
public record StepDefinition(
        String sopCode,
        String caseId,
        String unit,
        int stepNo,
        String label,
        String labelEn,
        List<String> executors,
        String output,
        Set<Integer> mandatoryBefore,
        boolean executorsInferred) {

    public StepDefinition {
        executors = List.copyOf(executors);
        mandatoryBefore = Set.copyOf(mandatoryBefore);
    }
}
