package id.patuh.catalog;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;
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
record SopView(
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
        SopDocumentation documentation,
        @JsonInclude(JsonInclude.Include.NON_NULL) List<SopView> versions) {

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
            boolean executorsInferred,
            boolean handIn) {
    }

    /**
     * The current version in the shape of interchange §6, plus {@code versions}: every version of
     * the code, oldest first, each in the same shape (without its own {@code versions}).
     */
    public static SopView of(SopVersions versions) {
        SopView current = of(versions.current());
        List<SopView> all = versions.oldestFirst().stream().map(SopView::of).toList();
        return new SopView(current.code, current.name, current.instansi, current.nomor, current.tanggalPembuatan,
                current.tanggalRevisi, current.tanggalEfektif, current.disahkanOleh, current.source, current.roles,
                current.steps, current.roleAliases, current.units, current.hari, current.ratified,
                current.penandatangan, current.documentation, all);
    }

    /** One version alone, without {@code versions}. */
    public static SopView of(Sop sop) {
        Map<String, List<String>> aliases = new java.util.LinkedHashMap<>();
        sop.roles().forEach(r -> aliases.put(r.name(), r.aliases()));
        return new SopView(sop.code(), sop.name(), sop.instansi(), sop.nomor(), sop.tanggalPembuatan(),
                sop.tanggalRevisi(), sop.tanggalEfektif(), sop.disahkanOleh(), sop.source(), sop.roleNames(),
                sop.steps().stream().map(SopView::step).toList(), aliases, sop.units(),
                sop.dayCounting() == id.patuh.calendar.DayCounting.CALENDAR ? "kalender" : "kerja",
                sop.ratified(), sop.penandatangan(), sop.documentation(), null);
    }

    private static StepView step(SopStep step) {
        return new StepView(step.no(), step.activity(), step.executors(), step.kelengkapan(),
                step.waktu() == null ? null : step.waktu().toIso(), step.waktuText(), step.output(),
                step.decision(), step.keterangan(), step.verification(), step.executorsInferred(), step.handIn());
    }
}
