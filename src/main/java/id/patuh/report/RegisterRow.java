package id.patuh.report;

import java.util.List;
import java.util.Optional;

import id.patuh.catalog.Sop;
import id.patuh.catalog.SopStep;
import id.patuh.findings.FindingView;
import id.patuh.findings.FollowUp;

/**
 * One line of the follow-up register: the columns of an audit report's matrix of findings
 * (kondisi, kriteria, sebab, rekomendasi, tindak lanjut), from a finding and its SOP.
 *
 * @param kondisi  what happened, as the finding says it
 * @param kriteria the Mutu Baku (or rule of data collection) the finding breaks
 * @param sebab    the cause, where the auditor recorded one with the recommendation
 * @param berkas   ids of the evidence files (bukti dukung) of the finding's follow-up and of its evidence
 * @param dilanggarPada when the rule was broken, in WIB (the inspektorat's zone), marked when only the
 *                      detection time is known
 * @param umur     working days of the unit since then (the finding's {@code umur_hari_kerja})
 */
record RegisterRow(int no, String unit, String sop, String langkah, String kode, String tingkat, String kondisi,
        String kriteria, String sebab, String rekomendasi, String penanggungJawab, String batasWaktu,
        String status, String kondisiBerlaku, boolean terlambat, String buktiTemuan, String buktiTindakLanjut,
        String berkas, String dilanggarPada, long umur) {

    private static final java.time.format.DateTimeFormatter WIB = java.time.format.DateTimeFormatter
            .ofPattern("yyyy-MM-dd HH:mm 'WIB'").withZone(java.time.ZoneId.of("Asia/Jakarta"));

    static final List<String> HEADERS = List.of("No", "Unit", "SOP", "Langkah", "Kode temuan", "Tingkat",
            "Kondisi", "Kriteria (Mutu Baku)", "Sebab", "Rekomendasi", "Penanggung jawab", "Batas waktu",
            "Status tindak lanjut", "Kondisi berlaku", "Lewat batas waktu", "Bukti temuan", "Bukti tindak lanjut",
            "Bukti dukung (berkas)", "Dilanggar pada", "Umur (hari kerja)");

    static RegisterRow of(int no, FindingView f, Optional<Sop> sop, List<String> files) {
        Optional<SopStep> step = f.stepNo() == null ? Optional.empty() : sop.flatMap(s -> s.step(f.stepNo()));
        FollowUp t = f.tindakLanjut();
        String sopText = f.sopCode() == null ? "" : sop.map(s -> s.name() + " (" + s.code() + ")").orElse(f.sopCode());
        String stepText = f.stepNo() == null ? "" : f.stepNo() + step.map(s -> ". " + s.activity()).orElse("");
        return new RegisterRow(no, f.unit(), sopText, stepText, f.code(), f.severity(), f.message(),
                criterion(f, step), t == null ? "" : text(t.sebab()), t == null ? "" : text(t.rekomendasi()),
                t == null ? "" : text(t.penanggungJawab()), t == null || t.batasWaktu() == null ? ""
                        : t.batasWaktu().toString(),
                f.status().label(), f.kondisi().label(), t != null && t.terlambat(), String.join("; ", f.evidence()),
                t == null ? "" : String.join("; ", t.riwayat().stream().flatMap(e -> e.bukti().stream()).toList()),
                String.join("; ", files), brokenAt(f), f.umurHariKerja());
    }

    private static String brokenAt(FindingView f) {
        if (f.dilanggarPada() == null) {
            return "";
        }
        String at = WIB.format(f.dilanggarPada());
        return FindingView.SUMBER_DETEKSI.equals(f.dilanggarPadaSumber()) ? at + " (saat terdeteksi)" : at;
    }

    /** The cells in header order. */
    List<Object> cells() {
        return List.of(no, text(unit), sop, langkah, kode, tingkat, text(kondisi), kriteria, sebab, rekomendasi,
                penanggungJawab, batasWaktu, status, kondisiBerlaku, terlambat ? "ya" : "tidak", buktiTemuan,
                buktiTindakLanjut, berkas, dilanggarPada, umur);
    }

    private static String criterion(FindingView f, Optional<SopStep> step) {
        return switch (f.code()) {
            case "DURATION_EXCEEDED" -> "Mutu Baku waktu: " + step.map(s -> text(s.waktuText())).orElse("—");
            case "MISSING_KELENGKAPAN" -> "Mutu Baku kelengkapan: "
                    + step.map(s -> String.join(", ", s.kelengkapan())).orElse("—");
            case "MISSING_OUTPUT" -> "Mutu Baku output: " + step.map(s -> text(s.output())).orElse("—");
            case "WRONG_EXECUTOR" -> "Pelaksana: " + step.map(s -> String.join(", ", s.executors())).orElse("—");
            case "STEP_SKIPPED", "STEP_OUT_OF_ORDER" -> "Urutan langkah pada diagram alir SOP";
            case "DECISION_NOT_FOLLOWED" -> "Cabang keputusan pada diagram alir SOP";
            case "MISSING_SUBMISSION", "LATE_SUBMISSION" -> "Batas waktu permintaan data (due_at)";
            case "UNVERIFIED_DATA" -> "Verifikasi dalam jangka waktu verifikasi SOP";
            case "SELF_VERIFICATION" -> "Verifikasi oleh orang selain penyampai data";
            case "REALIZATION_ANOMALY" -> "Realisasi dengan target dan capaian dalam batas wajar";
            case "SOP_NOT_RATIFIED" -> "SOP memuat Tanggal Efektif dan Disahkan Oleh (PermenPAN-RB 35/2012)";
            default -> "";
        };
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }
}
