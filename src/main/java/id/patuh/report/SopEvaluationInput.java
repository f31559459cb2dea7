package id.patuh.report;

import java.util.List;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/**
 * What the evaluator sends ({@code PUT /api/sops/{code}/evaluasi}, or the console form): answers
 * to any of the criteria and roles (others stay as they were), notes, evaluator and date.
 *
 * @param tanggalPenilaian ISO date text, checked with the rest so that the error names the field
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
record SopEvaluationInput(List<Kriteria> kriteria, List<Peran> peran, String catatanAuditor, String penilai,
        String tanggalPenilaian) {

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record Kriteria(String kode, Boolean ya, String catatan) {
    }

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record Peran(String peran, Boolean ya, String catatan) {
    }
}
