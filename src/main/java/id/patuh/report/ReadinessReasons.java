package id.patuh.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * The answer to "if not ready, why": each measure below 100 % in plain words with the first ids
 * behind it, largest loss first, then open findings, then measures without data.
 */
final class ReadinessReasons {

    private static final Map<String, String> GAP_TEXT = Map.of(
            "kelengkapan", "data yang diminta belum disampaikan padahal batas waktunya sudah lewat",
            "ketepatan_waktu", "data yang disampaikan terlambat (melewati batas waktu permintaan)",
            "verifikasi", "data yang disampaikan belum diverifikasi oleh pihak selain penyampainya",
            "validasi", "data yang disampaikan belum divalidasi",
            "mutu_baku", "langkah yang selesai melewati waktu Mutu Baku",
            "urutan", "kasus memiliki langkah yang terlewat atau tidak berurutan",
            "pelaksana", "langkah dilakukan oleh pihak yang bukan Pelaksananya menurut SOP");
    private static final int SAMPLE = 3;

    private ReadinessReasons() {
    }

    static List<String> of(List<ScoreCalculator.Measure> measures, List<ReadinessScore.Component> components,
            OpenFindings open, boolean noData) {
        List<String> reasons = new ArrayList<>();
        if (noData) {
            reasons.add("Belum ada data kinerja maupun pelaksanaan SOP yang tercatat untuk unit dan periode ini, "
                    + "sehingga kesiapan belum dapat dinilai.");
            return reasons;
        }
        double counted = measures.stream().filter(m -> m.figure().ratio() != null)
                .mapToDouble(ScoreCalculator.Measure::weight).sum();
        IdFormat f = new IdFormat(java.time.ZoneOffset.UTC);
        measures.stream().filter(m -> m.figure().ratio() != null && m.figure().ratio() < 1)
                .sorted(Comparator.comparingDouble((ScoreCalculator.Measure m) -> m.lost(counted)).reversed())
                .forEach(m -> reasons.add(gap(m, counted, f)));
        for (OpenFindings.SeverityCount s : open.bySeverity()) {
            if (s.count() > 0 && !s.severity().equals("rendah")) {
                reasons.add(s.count() + " temuan tingkat " + s.severity() + " masih terbuka (tertua " + s.oldestDays()
                        + " hari).");
            }
        }
        List<String> missing = components.stream().filter(c -> c.ratio() == null)
                .map(ReadinessScore.Component::label).toList();
        if (!missing.isEmpty()) {
            reasons.add("Belum ada data untuk: " + String.join(", ", missing) + "; ukuran ini tidak ikut dihitung.");
        }
        return reasons;
    }

    /** Why a score above the threshold is still "belum siap": only open tinggi findings hold it back. */
    static String aboveThresholdButNotReady(double score, double readyAbove, long openHigh) {
        IdFormat f = new IdFormat(java.time.ZoneOffset.UTC);
        return "Skor " + f.decimal(score, 1) + " di atas batas siap " + f.decimal(readyAbove, 1) + ", tetapi belum siap: "
                + openHigh + " temuan tingkat tinggi masih terbuka, padahal siap mensyaratkan tidak ada temuan tinggi"
                + " yang terbuka. Tindak lanjuti temuan itu sampai sesuai, atau kecualikan bila bukan temuan audit.";
    }

    private static String gap(ScoreCalculator.Measure m, double counted, IdFormat f) {
        Figure fig = m.figure();
        List<String> sample = fig.gaps().stream().limit(SAMPLE).toList();
        return m.label() + " " + f.pct(fig.ratio()) + " (-" + f.decimal(m.lost(counted), 1) + " poin): "
                + (fig.denominator() - fig.numerator()) + " dari " + fig.denominator() + " " + GAP_TEXT.get(m.key())
                + " (bukti: " + String.join(", ", sample) + (fig.gaps().size() > SAMPLE ? ", …" : "") + ").";
    }
}
