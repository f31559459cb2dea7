package id.patuh.report;

import java.util.List;

/**
 * The readiness score (docs/reports.md):
 * base = 100 × sum(weight × ratio) ÷ sum(weight) over the measures that have data;
 * penalty = min(max, tinggi × p_tinggi + sedang × p_sedang + rendah × p_rendah) over open findings;
 * score = max(0, base − penalty), rounded to one decimal, and the band is read from the rounded
 * score so the printed number and the printed letter always agree.
 */
final class ScoreCalculator {

    private final ReportProperties properties;

    ScoreCalculator(ReportProperties properties) {
        this.properties = properties;
    }

    ReadinessScore score(DataReadiness data, SopAdherence sops, OpenFindings open) {
        ReportProperties.Weights w = properties.weights();
        List<Measure> measures = List.of(
                new Measure("kelengkapan", "Kelengkapan data", w.kelengkapan(), data.kelengkapan()),
                new Measure("ketepatan_waktu", "Ketepatan waktu", w.ketepatanWaktu(), data.ketepatanWaktu()),
                new Measure("verifikasi", "Verifikasi", w.verifikasi(), data.verifikasi()),
                new Measure("validasi", "Validasi", w.validasi(), data.validasi()),
                new Measure("mutu_baku", "Waktu sesuai Mutu Baku", w.mutuBaku(), sops.mutuBaku()),
                new Measure("urutan", "Urutan langkah", w.urutan(), sops.urutan()),
                new Measure("pelaksana", "Pelaksana sesuai SOP", w.pelaksana(), sops.pelaksana()));
        double counted = measures.stream().filter(m -> m.figure().ratio() != null).mapToDouble(Measure::weight).sum();
        List<ReadinessScore.Component> components = measures.stream().map(m -> m.component(counted)).toList();
        double base = components.stream().filter(c -> c.points() != null)
                .mapToDouble(ReadinessScore.Component::points).sum();
        ReadinessScore.Penalty penalty = penalty(open);
        Double value = counted == 0 ? null : IdFormat.round(Math.max(0, base - penalty.points()), 1).doubleValue();
        SakipBand band = value == null ? null : SakipBand.of(value);
        boolean ready = value != null && value > properties.readyAbove() && open.count("tinggi") == 0;
        List<String> reasons = new java.util.ArrayList<>(ReadinessReasons.of(measures, components, open, value == null));
        if (value != null && value > properties.readyAbove() && !ready) {
            // a score above the threshold that still reads "belum siap" must say why, first
            reasons.add(0, ReadinessReasons.aboveThresholdButNotReady(value, properties.readyAbove(),
                    open.count("tinggi")));
        }
        return new ReadinessScore(value, band, ready, counted == 0 ? 0 : base, components, penalty, formula(),
                reasons);
    }

    private ReadinessScore.Penalty penalty(OpenFindings open) {
        ReportProperties.Penalty p = properties.penalty();
        long tinggi = open.count("tinggi");
        long sedang = open.count("sedang");
        long rendah = open.count("rendah");
        double points = Math.min(p.max(), tinggi * p.tinggi() + sedang * p.sedang() + rendah * p.rendah());
        return new ReadinessScore.Penalty(tinggi, sedang, rendah, p.tinggi(), p.sedang(), p.rendah(), p.max(), points);
    }

    /** The formula with this deployment's numbers, printed in the report itself. */
    String formula() {
        ReportProperties.Penalty p = properties.penalty();
        IdFormat f = new IdFormat(java.time.ZoneOffset.UTC);
        return "Skor = 100 × (jumlah bobot × rasio) ÷ (jumlah bobot ukuran yang ada datanya) - potongan; "
                + "potongan = min(" + f.decimal(p.max(), 2) + "; " + f.decimal(p.tinggi(), 2) + " × temuan tinggi + "
                + f.decimal(p.sedang(), 2) + " × temuan sedang + " + f.decimal(p.rendah(), 2)
                + " × temuan rendah yang masih terbuka); skor tidak kurang dari 0.";
    }

    /** One measure of the formula. */
    record Measure(String key, String label, double weight, Figure figure) {

        ReadinessScore.Component component(double countedWeights) {
            Double ratio = figure.ratio();
            Double points = ratio == null || countedWeights == 0 ? null : 100 * weight * ratio / countedWeights;
            return new ReadinessScore.Component(key, label, weight, ratio, points);
        }

        /** Points lost against a perfect ratio. */
        double lost(double countedWeights) {
            Double ratio = figure.ratio();
            return ratio == null || countedWeights == 0 ? 0 : 100 * weight * (1 - ratio) / countedWeights;
        }
    }
}
