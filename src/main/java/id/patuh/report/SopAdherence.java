package id.patuh.report;

import java.util.List;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/**
 * How the unit's cases of one SOP followed it in the period.
 *
 * @param mutuBaku  finished steps within their Mutu Baku waktu / finished steps whose SOP gives a waktu (event ids)
 * @param urutan    cases without STEP_SKIPPED or STEP_OUT_OF_ORDER / cases (case ids)
 * @param pelaksana steps without WRONG_EXECUTOR / steps (event ids)
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record SopAdherence(String sopCode, String sopName, List<String> caseIds, Figure mutuBaku, Figure urutan,
        Figure pelaksana) {

    /** All SOPs pooled: the numbers the score uses. */
    static SopAdherence total(List<SopAdherence> sops) {
        List<String> caseIds = new java.util.ArrayList<>();
        Figure.Sum mutuBaku = new Figure.Sum();
        Figure.Sum urutan = new Figure.Sum();
        Figure.Sum pelaksana = new Figure.Sum();
        for (SopAdherence s : sops) {
            caseIds.addAll(s.caseIds);
            mutuBaku.add(s.mutuBaku);
            urutan.add(s.urutan);
            pelaksana.add(s.pelaksana);
        }
        return new SopAdherence(null, "Semua SOP", List.copyOf(caseIds), mutuBaku.figure(), urutan.figure(),
                pelaksana.figure());
    }
}
