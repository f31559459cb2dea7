package id.patuh.evaluation;

import java.util.List;

import id.patuh.catalog.SopVersions.SopInForce;

/**
 * Stamps a case's findings with the SOP version they were judged by (semantics v2), and says
 * in the message why when that is not simply the current version.
 */
final class VersionNote {

    private VersionNote() {
    }

    static List<Finding> stamp(List<Finding> findings, SopInForce version) {
        String label = version.label();
        String note = "";
        String noteEn = "";
        if (version.beforeFirstVersion()) {
            note = " Kasus dimulai sebelum versi SOP pertama yang diketahui; dinilai menurut versi itu (berlaku "
                    + label + ").";
            noteEn = " The case started before the first known SOP version; judged by that version (effective "
                    + label + ").";
        } else if (version.superseded()) {
            String current = version.versions().current().tanggalEfektif();
            note = " Dinilai menurut SOP versi berlaku " + label + " yang berlaku saat kasus dimulai (versi terbaru: "
                    + current + ").";
            noteEn = " Judged by the SOP version effective " + label + ", in force when the case started (latest: "
                    + current + ").";
        }
        String idNote = note;
        String enNote = noteEn;
        return findings.stream().map(f -> f.judgedBy(label, idNote, enNote)).toList();
    }
}
