package id.patuh.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.ZoneId;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import id.patuh.report.SheetWriter.Pct;

/**
 * The readiness report as a workbook: a summary with the formula, then one sheet per part, and a
 * "Bukti" sheet with every id behind every figure (the pages show only the first ids).
 */
final class ReadinessWorkbook {

    private ReadinessWorkbook() {
    }

    static byte[] write(ReadinessReport r) {
        ZoneId zone = ZoneId.of(r.zone());
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            summary(new SheetWriter(book, "Ringkasan", zone, 34, 12, 12, 12, 12, 12), r);
            data(new SheetWriter(book, "Data", zone, 36, 12, 36, 10, 17, 17, 18, 10, 10, 10, 40, 40), r);
            sops(new SheetWriter(book, "SOP", zone, 44, 40, 26, 10, 10, 10), r);
            findings(new SheetWriter(book, "Temuan terbuka", zone, 34, 22, 10, 16, 36, 28, 17, 8, 80), r);
            evidence(new SheetWriter(book, "Bukti", zone, 50, 24, 12, 40, 40), r);
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void summary(SheetWriter s, ReadinessReport r) {
        ReadinessScore score = r.score();
        s.header("Laporan kesiapan data kinerja SAKIP").row(r.disclaimer()).blank()
                .row("Unit", r.unit()).row("Periode", r.period() + " (" + r.periodTitle() + ")")
                .row("Keadaan per", r.asOf()).row("Skor kesiapan", score.value())
                .row("Predikat (rentang)", score.band() == null ? null : score.band().name())
                .row("Siap untuk evaluasi", score.ready()).blank()
                .header("Ukuran", "Bobot", "Pembilang", "Penyebut", "Rasio", "Poin");
        for (ReadinessScore.Component c : score.components()) {
            Figure f = NamedFigure.of(r).stream().filter(n -> n.key().equals(c.key())
                    && (n.scope().equals("data") || n.scope().equals("sop"))).findFirst().orElseThrow().figure();
            s.row(c.label(), c.weight(), f.numerator(), f.denominator(), new Pct(c.ratio()), c.points());
        }
        s.row("Skor dasar", null, null, null, null, score.base())
                .row("Potongan temuan terbuka", null, null, null, null, -score.penalty().points())
                .row("Skor kesiapan", null, null, null, null, score.value()).blank()
                .row("Rumus", score.formula()).blank().header("Sebab / alasan");
        score.reasons().forEach(s::row);
    }

    private static void data(SheetWriter s, ReadinessReport r) {
        s.header("Unit penyuplai", "Indikator", "Nama indikator", "Periode", "Batas waktu", "Disampaikan", "Status",
                "Record disampaikan", "Diverifikasi", "Divalidasi", "Permintaan", "Record");
        for (SubjectLine l : r.data().subjects()) {
            s.row(l.unit(), l.indicatorCode(), l.indicatorName(), l.period(), l.dueAt(), l.firstSubmittedAt(),
                    l.status().label(), l.submittedRecords(), l.verified(), l.validated(),
                    String.join("; ", l.requestIds()), String.join("; ", l.recordIds()));
        }
    }

    private static void sops(SheetWriter s, ReadinessReport r) {
        s.header("SOP", "Nama", "Ukuran", "Pembilang", "Penyebut", "Rasio");
        for (NamedFigure n : NamedFigure.of(r)) {
            if (n.scope().startsWith("sop")) {
                String code = n.scope().equals("sop") ? "(semua SOP)" : n.scope().substring(4);
                String name = r.sops().stream().filter(x -> x.sopCode().equals(code)).map(SopAdherence::sopName)
                        .findFirst().orElse("");
                s.row(code, name, n.label(), n.figure().numerator(), n.figure().denominator(),
                        new Pct(n.figure().ratio()));
            }
        }
    }

    private static void findings(SheetWriter s, ReadinessReport r) {
        s.header("Id", "Kode", "Tingkat", "Status", "Unit", "Subjek", "Terdeteksi", "Umur (hari)", "Uraian");
        for (OpenFindings.Item i : r.openFindings().items()) {
            s.row(i.id(), i.code(), i.severity(), i.status(), i.unit(), i.subject(), i.detectedAt(), i.ageDays(),
                    i.message());
        }
    }

    private static void evidence(SheetWriter s, ReadinessReport r) {
        s.header("Ukuran", "Bagian", "Jenis", "Id", "Bukti dukung (berkas)");
        for (NamedFigure n : NamedFigure.of(r)) {
            String where = n.label() + " (" + n.scope() + ")";
            n.figure().counted().forEach(id -> s.row(where, n.key(), "dihitung", id, files(r, id)));
            n.figure().gaps().forEach(id -> s.row(where, n.key(), "kurang", id, files(r, id)));
            n.figure().findings().forEach(id -> s.row(where, n.key(), "temuan", id));
        }
    }

    private static String files(ReadinessReport r, String id) {
        return String.join("; ", r.evidenceFiles().getOrDefault(id, java.util.List.of()));
    }
}
