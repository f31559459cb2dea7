package id.patuh.report;

import java.util.ArrayList;
import java.util.List;

/**
 * Every figure of a readiness report with where it belongs, in print order: the flat view the
 * spreadsheet and CSV exports list with their evidence.
 *
 * @param scope {@code data}, {@code sop} (all SOPs pooled) or {@code sop:<code>}
 */
record NamedFigure(String scope, String key, String label, Figure figure) {

    static List<NamedFigure> of(ReadinessReport r) {
        List<NamedFigure> all = new ArrayList<>();
        DataReadiness d = r.data();
        all.add(new NamedFigure("data", "kelengkapan", "Kelengkapan data", d.kelengkapan()));
        all.add(new NamedFigure("data", "ketepatan_waktu", "Ketepatan waktu", d.ketepatanWaktu()));
        all.add(new NamedFigure("data", "verifikasi", "Verifikasi", d.verifikasi()));
        all.add(new NamedFigure("data", "validasi", "Validasi", d.validasi()));
        sop(all, "sop", r.sopTotal());
        r.sops().forEach(s -> sop(all, "sop:" + s.sopCode(), s));
        return all;
    }

    private static void sop(List<NamedFigure> all, String scope, SopAdherence s) {
        all.add(new NamedFigure(scope, "mutu_baku", "Waktu sesuai Mutu Baku", s.mutuBaku()));
        all.add(new NamedFigure(scope, "urutan", "Urutan langkah", s.urutan()));
        all.add(new NamedFigure(scope, "pelaksana", "Pelaksana sesuai SOP", s.pelaksana()));
    }
}
