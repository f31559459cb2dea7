package id.patuh.sopimport;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Writes a draft in the catalog's YAML schema. Every doubt stands as a comment right above the
 * field it concerns, so that the person checking the draft finds it where the value is.
 */
final class DraftYaml {

    private final Map<String, List<Doubt>> pending = new LinkedHashMap<>();
    private final StringBuilder body = new StringBuilder();

    static String write(SopDraft draft) {
        return new DraftYaml().render(draft);
    }

    private String render(SopDraft draft) {
        draft.doubts().forEach(d -> pending.computeIfAbsent(d.field(), f -> new ArrayList<>()).add(d));
        SopIdentity id = draft.identity();
        scalar("", "code", draft.code());
        scalar("", "name", id.name());
        scalar("", "instansi", null);
        scalar("", "source", draft.source());
        scalar("", "nomor", id.nomor());
        scalar("", "tanggal_pembuatan", id.tanggalPembuatan());
        scalar("", "tanggal_revisi", id.tanggalRevisi());
        scalar("", "tanggal_efektif", id.tanggalEfektif());
        scalar("", "disahkan_oleh", id.disahkanOleh());
        scalar("", "penandatangan", id.penandatangan());
        line("units: []");
        if (draft.table().waktuSatuan() != null) {
            scalar("", "waktu_satuan", draft.table().waktuSatuan());
        }
        line("hari: kerja");
        for (String key : SopIdentity.LIST_KEYS) {
            list("", key, id.lists().get(key));
        }
        line("roles:");
        for (String role : draft.table().roles()) {
            line("  - name: " + quote(role));
            line("    aliases: []");
        }
        line("steps:");
        for (DraftStep step : draft.table().steps()) {
            step(step);
        }
        return header(draft) + body;
    }

    private void step(DraftStep step) {
        String prefix = "steps[" + (step.no() - 1) + "].";
        comments("    ", prefix + "no");
        line("  - \"no\": " + step.no() + "    # baris / line " + step.line());
        scalar("    ", prefix + "activity", step.activity());
        comments("    ", prefix + "executors");
        line("    executors: [" + step.executors().stream().map(DraftYaml::quote).collect(Collectors.joining(", ")) + "]");
        list("    ", prefix + "kelengkapan", step.kelengkapan());
        scalar("    ", prefix + "waktu", step.waktu());
        scalar("    ", prefix + "output", step.output());
        scalar("    ", prefix + "keterangan", step.keterangan());
        comments("    ", prefix + "decision");
        if (step.decisionYa() != null) {
            line("    decision: {ya: " + step.decisionYa() + ", tidak: " + step.decisionTidak() + "}");
            if (step.verifikasi()) {
                line("    verifikasi: true");
            }
        }
    }

    private void scalar(String indent, String field, String value) {
        comments(indent, field);
        line(indent + key(field) + ": " + (value == null ? "null" : quote(value)));
    }

    private void list(String indent, String field, List<String> items) {
        comments(indent, field);
        if (items == null || items.isEmpty()) {
            line(indent + key(field) + ": null");
            return;
        }
        line(indent + key(field) + ":");
        items.forEach(item -> line(indent + "  - " + quote(item)));
    }

    private void comments(String indent, String field) {
        List<Doubt> doubts = pending.remove(field);
        if (doubts != null) {
            doubts.forEach(d -> line(indent + "# RAGU / DOUBT" + (d.line() > 0 ? " (baris / line " + d.line() + ")" : "")
                    + ": " + d.reason()));
        }
    }

    private String header(SopDraft draft) {
        StringBuilder header = new StringBuilder();
        header.append("# DRAF hasil impor dari / draft imported from ").append(draft.source())
                .append(" (tabel di baris / table at line ").append(draft.table().line()).append(")\n")
                .append("# Periksa setiap RAGU sebelum draf masuk katalog / check every DOUBT before the draft joins the catalog.\n");
        pending.values().forEach(list -> list.forEach(d -> header.append("# RAGU / DOUBT ").append(d.field())
                .append(d.line() > 0 ? " (baris / line " + d.line() + ")" : "").append(": ").append(d.reason()).append('\n')));
        return header.toString();
    }

    private static String key(String field) {
        return field.substring(field.lastIndexOf('.') + 1);
    }

    private void line(String text) {
        body.append(text).append('\n');
    }

    static String quote(String text) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\t' -> out.append("\\t");
                default -> out.append(c < 0x20 ? ' ' : c);
            }
        }
        return out.append('"').toString();
    }
}
