package id.patuh.console;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import id.patuh.findings.FindingStatus;
import id.patuh.findings.FollowUpStep;

/**
 * The follow-up steps as the console's forms post them ({@code POST /console/findings/{id}/{path}}),
 * with their labels. Which of them a caller sees follows the step's actor: the inspektorat's
 * decisions, or the unit's report.
 */
enum FindingAction {
    REKOMENDASI(FollowUpStep.REKOMENDASI, "Terima sebagai temuan audit", "Rekomendasi",
            "Temuan diterima sebagai temuan audit.", "Accepted as an audit item."),
    TINDAK_LANJUT(FollowUpStep.TINDAK_LANJUT, "Laporkan tindak lanjut", "Uraian tindak lanjut yang dilakukan",
            "Tindak lanjut dilaporkan.", "Follow-up reported."),
    SESUAI(FollowUpStep.SESUAI, "Terima: sesuai rekomendasi", "Catatan penilaian",
            "Tindak lanjut diterima sesuai rekomendasi.", "Follow-up accepted as matching."),
    TIDAK_DAPAT(FollowUpStep.TIDAK_DAPAT_DITINDAKLANJUTI, "Tidak dapat ditindaklanjuti", "Alasan",
            "Ditetapkan tidak dapat ditindaklanjuti.", "Set as cannot be acted on."),
    PENGECUALIAN(FollowUpStep.PENGECUALIAN, "Kecualikan (bukan temuan audit)", "Justifikasi pengecualian",
            "Temuan dikecualikan.", "Finding set aside as an exception."),
    BUKA(FollowUpStep.BUKA, "Buka kembali", "Alasan dibuka kembali",
            "Temuan dibuka kembali.", "Finding reopened.");

    private final FollowUpStep step;
    private final String button;
    private final String noteLabel;
    private final String done;
    private final String doneEn;

    FindingAction(FollowUpStep step, String button, String noteLabel, String done, String doneEn) {
        this.step = step;
        this.button = button;
        this.noteLabel = noteLabel;
        this.done = done;
        this.doneEn = doneEn;
    }

    static Optional<FindingAction> of(String path) {
        return Arrays.stream(values()).filter(a -> a.step.path().equals(path)).findFirst();
    }

    /** The steps open from a status, in the order the forms appear. */
    static List<FindingAction> from(FindingStatus status) {
        return Arrays.stream(values()).filter(a -> a.step.allowedFrom(status)).toList();
    }

    FollowUpStep step() {
        return step;
    }

    public String path() {
        return step.path();
    }

    /** Taken by the unit (its OPERATOR or SEKCAM), not by the inspektorat. */
    public boolean byUnit() {
        return step.actor() == FollowUpStep.Actor.UNIT;
    }

    public boolean recommends() {
        return step == FollowUpStep.REKOMENDASI;
    }

    public String button() {
        return button;
    }

    public String noteLabel() {
        return noteLabel;
    }

    FindingNotice done() {
        return FindingNotice.ok(done, doneEn);
    }

    /** What to tell when the note is empty. */
    FindingNotice noteMissing() {
        return FindingNotice.error(noteLabel + " wajib diisi.", "This field is required.");
    }
}
