package id.patuh.report;

import java.util.Collection;
import java.util.Map;
import java.util.stream.Collectors;

/** The "Tindakan yang harus diambil" the monitoring form suggests for each kind of finding. */
final class FollowUpAdvice {

    static final String NONE = "Pertahankan pelaksanaan sesuai SOP.";
    static final String NOT_RUN = "Pastikan pelaksanaan SOP dicatat, atau jelaskan bila SOP memang tidak "
            + "dijalankan pada semester ini.";

    private static final Map<String, String> BY_CODE = Map.ofEntries(
            Map.entry("MISSING_SUBMISSION", "Tagih data yang belum disampaikan dan tetapkan batas waktu baru "
                    + "secara tertulis."),
            Map.entry("LATE_SUBMISSION", "Ingatkan unit penyuplai data akan batas waktu penyampaian."),
            Map.entry("DURATION_EXCEEDED", "Telusuri penyebab langkah yang melewati waktu Mutu Baku; bila "
                    + "standarnya tidak realistis, usulkan revisi SOP."),
            Map.entry("UNVERIFIED_DATA", "Minta verifikator menyelesaikan verifikasi data yang tertunda."),
            Map.entry("SELF_VERIFICATION", "Pisahkan peran penyampai dan verifikator data; minta verifikasi ulang "
                    + "oleh pejabat yang berwenang."),
            Map.entry("STEP_SKIPPED", "Lengkapi atau dokumentasikan langkah yang terlewat dan tegaskan urutan "
                    + "langkah kepada pelaksana."),
            Map.entry("STEP_OUT_OF_ORDER", "Tegaskan bahwa setiap langkah dimulai setelah langkah sebelumnya "
                    + "selesai."),
            Map.entry("WRONG_EXECUTOR", "Pastikan langkah dikerjakan oleh Pelaksana yang ditetapkan SOP, atau "
                    + "perbarui SOP bila pembagian tugas berubah."),
            Map.entry("MISSING_KELENGKAPAN", "Lengkapi dan arsipkan kelengkapan (Mutu Baku) sebelum langkah "
                    + "dimulai."),
            Map.entry("MISSING_OUTPUT", "Pastikan setiap langkah menghasilkan dan mencatat Output sesuai Mutu "
                    + "Baku."),
            Map.entry("REALIZATION_ANOMALY", "Periksa kembali target dan realisasi yang tidak wajar bersama unit "
                    + "penyuplai data."),
            Map.entry("SOP_NOT_RATIFIED", "Lengkapi pengesahan SOP (Tanggal Efektif dan Disahkan Oleh)."),
            Map.entry("DECISION_NOT_FOLLOWED", "Tegaskan bahwa data yang tidak lolos verifikasi dikembalikan untuk "
                    + "diperbaiki sebelum diteruskan; telusuri kasus yang berlanjut tanpa perbaikan."),
            Map.entry("DECISION_NOT_RECORDED", "Minta pelaksana mencatat jawaban (ya/tidak) setiap langkah "
                    + "keputusan."));

    private FollowUpAdvice() {
    }

    /** One sentence per distinct code, in the order given. */
    static String forCodes(Collection<String> codes) {
        if (codes.isEmpty()) {
            return NONE;
        }
        return codes.stream().distinct()
                .map(c -> BY_CODE.getOrDefault(c, "Tindak lanjuti temuan " + c + " bersama unit."))
                .collect(Collectors.joining(" "));
    }
}
