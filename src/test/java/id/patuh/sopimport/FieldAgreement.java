package id.patuh.sopimport;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import id.patuh.catalog.Sop;
import id.patuh.catalog.SopStep;

/**
 * Compares an imported SOP with the shipped catalog's, field by field: the identity fields, the
 * six lists, the step count and per step waktu, kelengkapan, output, keterangan and decision —
 * the fields issue 18 measures the importer on. Field names are those of the draft, so that a
 * mismatch can be looked up among the draft's doubts.
 */
final class FieldAgreement {

    /** One compared field. */
    record Field(String sop, String name, boolean agrees, Object expected, Object actual) {
    }

    static List<Field> compare(Sop expected, Sop actual, String draftCode) {
        List<Field> fields = new ArrayList<>();
        add(fields, draftCode, "name", expected.name(), actual.name());
        add(fields, draftCode, "nomor", expected.nomor(), actual.nomor());
        add(fields, draftCode, "tanggal_pembuatan", expected.tanggalPembuatan(), actual.tanggalPembuatan());
        add(fields, draftCode, "tanggal_revisi", expected.tanggalRevisi(), actual.tanggalRevisi());
        add(fields, draftCode, "tanggal_efektif", expected.tanggalEfektif(), actual.tanggalEfektif());
        add(fields, draftCode, "disahkan_oleh", expected.disahkanOleh(), actual.disahkanOleh());
        var e = expected.documentation();
        var a = actual.documentation();
        add(fields, draftCode, "dasar_hukum", e.dasarHukum(), a.dasarHukum());
        add(fields, draftCode, "kualifikasi_pelaksana", e.kualifikasiPelaksana(), a.kualifikasiPelaksana());
        add(fields, draftCode, "keterkaitan", e.keterkaitan(), a.keterkaitan());
        add(fields, draftCode, "peralatan", e.peralatan(), a.peralatan());
        add(fields, draftCode, "peringatan", e.peringatan(), a.peringatan());
        add(fields, draftCode, "pencatatan", e.pencatatan(), a.pencatatan());
        add(fields, draftCode, "steps", expected.steps().size(), actual.steps().size());
        for (int i = 0; i < expected.steps().size(); i++) {
            SopStep want = expected.steps().get(i);
            SopStep got = i < actual.steps().size() ? actual.steps().get(i) : null;
            String prefix = "steps[" + i + "].";
            add(fields, draftCode, prefix + "waktu", want.waktuText(), got == null ? "(tidak ada)" : got.waktuText());
            add(fields, draftCode, prefix + "kelengkapan", want.kelengkapan(), got == null ? null : got.kelengkapan());
            add(fields, draftCode, prefix + "output", want.output(), got == null ? "(tidak ada)" : got.output());
            add(fields, draftCode, prefix + "keterangan", want.keterangan(), got == null ? "(tidak ada)" : got.keterangan());
            add(fields, draftCode, prefix + "decision", want.decision(), got == null ? "(tidak ada)" : got.decision());
        }
        return fields;
    }

    private static void add(List<Field> fields, String sop, String name, Object expected, Object actual) {
        fields.add(new Field(sop, name, Objects.equals(expected, actual), expected, actual));
    }
}
