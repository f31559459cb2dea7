package id.patuh.catalog;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/**
 * The exported shape of an SOP (interchange.md §6), served by {@code GET /api/sops} and
 * printed by {@code catalog export}. The contract's fields come first; the rest are
 * additions the contract allows.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonPropertyOrder({"code", "name", "instansi", "nomor", "tanggal_pembuatan", "tanggal_revisi", "tanggal_efektif",
        "disahkan_oleh", "source", "roles", "steps"})
public record SopView(
        String code,
        String name,
        String instansi,
        String nomor,
        String tanggalPembuatan,
        String tanggalRevisi,
        String tanggalEfektif,
        String disahkanOleh,
        String source,
        List<String> roles,
        List<StepView> steps,
        Map<String, List<String>> roleAliases,
        List<String> units,
        String hari,
        boolean ratified,
        String penandatangan,
        SopDocumentation documentation) {

    /** One step, as in interchange.md §6. */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    @JsonPropertyOrder({"no", "activity", "executors", "kelengkapan", "waktu", "waktu_text", "output", "decision"})
    public record StepView(
            int no,
            String activity,
            List<String> executors,
            List<String> kelengkapan,
            String waktu,
            String waktuText,
            String output,
            Decision decision,
            String keterangan,
            boolean verification,
            boolean executorsInferred) {
    }

    public static SopView of(Sop sop) {
        Map<String, List<String>> aliases = new java.util.LinkedHashMap<>();
        sop.roles().forEach(r -> aliases.put(r.name(), r.aliases()));
        return new SopView(sop.code(), sop.name(), sop.instansi(), sop.nomor(), sop.tanggalPembuatan(),
                sop.tanggalRevisi(), sop.tanggalEfektif(), sop.disahkanOleh(), sop.source(), sop.roleNames(),
                sop.steps().stream().map(SopView::step).toList(), aliases, sop.units(),
                sop.dayCounting() == id.patuh.calendar.DayCounting.CALENDAR ? "kalender" : "kerja",
                sop.ratified(), sop.penandatangan(), sop.documentation());
    }

    private static StepView step(SopStep step) {
        return new StepView(step.no(), step.activity(), step.executors(), step.kelengkapan(),
                step.waktu() == null ? null : step.waktu().toIso(), step.waktuText(), step.output(),
                step.decision(), step.keterangan(), step.verification(), step.executorsInferred());
    }
}
