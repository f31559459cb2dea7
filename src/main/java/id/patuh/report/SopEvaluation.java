package id.patuh.report;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/**
 * The SOP evaluation form of one SOP in one tenant and period, as stored and served: the
 * regulation's criteria, one row per Pelaksana of the SOP, the auditor's notes, who evaluated and
 * when, and the history of every change. A form never saved has every answer null.
 *
 * @param ya null = not yet answered
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record SopEvaluation(String tenant, String sopCode, String sopName, String period, List<Kriteria> kriteria,
        List<Peran> peran, String catatanAuditor, String penilai, LocalDate tanggalPenilaian, Instant updatedAt,
        String updatedBy, List<Change> riwayat) {

    public SopEvaluation {
        kriteria = List.copyOf(kriteria);
        peran = List.copyOf(peran);
        riwayat = List.copyOf(riwayat);
    }

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record Kriteria(String kode, String pertanyaan, Boolean ya, String catatan) {
    }

    /** "Can this role do its part": one per Pelaksana of the SOP. */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record Peran(String peran, Boolean ya, String catatan) {
    }

    /** One save: who, when, and each field that changed ("mudah_dipahami: – → ya"). */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record Change(Instant at, String actor, List<String> perubahan) {
    }

    static String answer(Boolean ya) {
        return ya == null ? "–" : ya ? "ya" : "tidak";
    }
}
