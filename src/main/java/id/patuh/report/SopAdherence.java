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
        SopAdherence sum = new SopAdherence(null, "Semua SOP", List.of(), Figure.EMPTY, Figure.EMPTY, Figure.EMPTY);
        for (SopAdherence s : sops) {
            sum = new SopAdherence(null, sum.sopName, java.util.stream.Stream.concat(sum.caseIds.stream(),
                    s.caseIds.stream()).toList(), sum.mutuBaku.plus(s.mutuBaku), sum.urutan.plus(s.urutan),
                    sum.pelaksana.plus(s.pelaksana));
        }
        return sum;
    }
}
