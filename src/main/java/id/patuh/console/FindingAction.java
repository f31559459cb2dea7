package id.patuh.console;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import id.patuh.findings.FindingStatus;

/**
 * The inspektorat's four decisions on a finding, as the console's forms post them
 * ({@code POST /console/findings/{id}/{path}}); every one needs a note.
 */
enum FindingAction {
    TINDAK_LANJUT("tindak-lanjut", FindingStatus.DITINDAKLANJUTI, "Catat tindak lanjut", "Catatan tindak lanjut",
            "Tindak lanjut dicatat.", "Follow-up recorded."),
    SELESAI("selesai", FindingStatus.SELESAI, "Tutup sebagai selesai", "Catatan penutupan",
            "Temuan ditutup sebagai selesai.", "Finding closed."),
    PENGECUALIAN("pengecualian", FindingStatus.DIKECUALIKAN, "Terima sebagai pengecualian", "Justifikasi pengecualian",
            "Temuan diterima sebagai pengecualian.", "Finding accepted as an exception."),
    BUKA("buka", FindingStatus.TERBUKA, "Buka kembali", "Alasan dibuka kembali",
            "Temuan dibuka kembali.", "Finding reopened.");

    private final String path;
    private final FindingStatus target;
    private final String button;
    private final String noteLabel;
    private final String done;
    private final String doneEn;

    FindingAction(String path, FindingStatus target, String button, String noteLabel, String done, String doneEn) {
        this.path = path;
        this.target = target;
        this.button = button;
        this.noteLabel = noteLabel;
        this.done = done;
        this.doneEn = doneEn;
    }

    static Optional<FindingAction> of(String path) {
        return Arrays.stream(values()).filter(a -> a.path.equals(path)).findFirst();
    }

    /** The decisions open from a status, in the order the forms appear. */
    static List<FindingAction> from(FindingStatus status) {
        return Arrays.stream(values()).filter(a -> status.allowedNext().contains(a.target)).toList();
    }

    public String path() {
        return path;
    }

    FindingStatus target() {
        return target;
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
        return this == PENGECUALIAN
                ? FindingNotice.error("Justifikasi pengecualian wajib diisi.", "A justification is required.")
                : FindingNotice.error(noteLabel + " wajib diisi.", "A note is required.");
    }
}
