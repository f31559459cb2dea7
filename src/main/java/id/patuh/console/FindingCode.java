package id.patuh.console;

import java.util.Arrays;
import java.util.Optional;

/**
 * The finding codes of interchange.md §5 with what they mean in words an auditor reads; the
 * meanings follow shared/spec/semantics.md and docs/rules.md.
 */
enum FindingCode {
    MISSING_SUBMISSION("Data belum disampaikan",
            "Permintaan data sudah lewat batas waktunya dan unit belum menyampaikan data indikator itu untuk "
                    + "periode tersebut."),
    LATE_SUBMISSION("Data terlambat disampaikan",
            "Data indikator pertama kali disampaikan setelah batas waktu permintaan (batas permintaan yang paling "
                    + "akhir berlaku)."),
    DURATION_EXCEEDED("Langkah melewati Mutu Baku waktu",
            "Langkah SOP yang sudah selesai memakai waktu kerja lebih lama dari Mutu Baku waktunya, atau langkah "
                    + "yang masih berjalan sudah melewati batasnya. Hanya waktu di dalam jam kantor pada hari kerja "
                    + "yang dihitung."),
    UNVERIFIED_DATA("Data belum diverifikasi",
            "Data yang sudah disampaikan belum diverifikasi setelah jendela verifikasinya lewat (waktu langkah "
                    + "verifikasi SOP, atau 5 hari kerja)."),
    SELF_VERIFICATION("Diverifikasi penyampainya sendiri",
            "Data diverifikasi oleh orang yang sama dengan yang menyampaikannya."),
    STEP_SKIPPED("Langkah dilewati",
            "Langkah wajib tidak tercatat, padahal langkah sesudahnya sudah dimulai (cabang keputusan "
                    + "diperhitungkan)."),
    STEP_OUT_OF_ORDER("Urutan langkah salah",
            "Langkah dimulai sebelum langkah yang mendahuluinya selesai."),
    WRONG_EXECUTOR("Pelaksana tidak sesuai",
            "Langkah dilakukan oleh peran yang bukan Pelaksana langkah itu menurut SOP."),
    MISSING_KELENGKAPAN("Kelengkapan tidak lengkap",
            "Kelengkapan yang disyaratkan Mutu Baku tidak tercatat pada langkah."),
    MISSING_OUTPUT("Output tidak tercatat",
            "Langkah yang sudah selesai tidak mencatat Output yang ditetapkan Mutu Baku."),
    REALIZATION_ANOMALY("Realisasi tidak wajar",
            "Realisasi tanpa target, nilai negatif, atau capaian di luar rentang wajar (bawaan 0–200 %)."),
    SOP_NOT_RATIFIED("SOP belum disahkan",
            "Lembar SOP tidak mencantumkan Tanggal Efektif atau Disahkan Oleh."),
    DECISION_NOT_FOLLOWED("Keputusan tidak diikuti",
            "Langkah berikutnya yang dimulai sesudah langkah keputusan bukan langkah yang dituju jawabannya "
                    + "(misalnya verifikasi dijawab tidak, tetapi surat keluar tetap dibuat)."),
    DECISION_NOT_RECORDED("Jawaban keputusan tidak tercatat",
            "Langkah keputusan sudah selesai tanpa jawaban ya/tidak, sehingga cabang yang benar tidak dapat "
                    + "diperiksa.");

    private final String label;
    private final String meaning;

    FindingCode(String label, String meaning) {
        this.label = label;
        this.meaning = meaning;
    }

    static Optional<FindingCode> of(String code) {
        return Arrays.stream(values()).filter(c -> c.name().equals(code)).findFirst();
    }

    /** The short label for lists and the filter. */
    String label() {
        return label;
    }

    String meaning() {
        return meaning;
    }

    /** The label of a code, or the code itself when this console does not know it (a newer rule). */
    static String labelOf(String code) {
        return of(code).map(FindingCode::label).orElse(code);
    }
}
