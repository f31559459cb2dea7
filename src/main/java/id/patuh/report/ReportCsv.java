package id.patuh.report;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Both reports as RFC 4180 CSV (comma, "." decimals, as interchange.md), UTF-8 with a byte-order
 * mark so that Excel shows "Kecamatan" and "×" correctly. Text fields are neutralised like cells.
 * The readiness report is one long table: one row per figure, with all its ids.
 */
final class ReportCsv {

    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private ReportCsv() {
    }

    static byte[] readiness(ReadinessReport r) {
        List<List<Object>> rows = new ArrayList<>();
        rows.add(List.of("bagian", "kunci", "ukuran", "pembilang", "penyebut", "rasio", "nilai", "dihitung", "kurang",
                "temuan"));
        ReadinessScore s = r.score();
        rows.add(row("ringkasan", "unit", "Unit", null, null, null, r.unit()));
        rows.add(row("ringkasan", "periode", r.periodTitle(), null, null, null, r.period()));
        rows.add(row("ringkasan", "skor", "Skor kesiapan", null, null, null, s.value()));
        rows.add(row("ringkasan", "predikat", "Predikat (rentang)", null, null, null,
                s.band() == null ? null : s.band().name()));
        rows.add(row("ringkasan", "siap", "Siap untuk evaluasi", null, null, null, s.ready() ? "ya" : "tidak"));
        rows.add(row("ringkasan", "potongan", "Potongan temuan terbuka", null, null, null, s.penalty().points()));
        rows.add(row("ringkasan", "catatan", r.disclaimer(), null, null, null, null));
        for (NamedFigure n : NamedFigure.of(r)) {
            Figure f = n.figure();
            rows.add(List.of(n.scope(), n.key(), n.label(), f.numerator(), f.denominator(), ratio(f.ratio()), "",
                    String.join(";", f.counted()), String.join(";", f.gaps()), String.join(";", f.findings())));
        }
        for (OpenFindings.SeverityCount c : r.openFindings().bySeverity()) {
            rows.add(List.of("temuan_terbuka", c.severity(), "Temuan terbuka " + c.severity(), c.count(), "", "",
                    c.oldestDays(), "", "", String.join(";", c.ids())));
        }
        // one row per listed event or record with files; the file ids in "nilai"
        r.evidenceFiles().forEach((target, ids) -> rows.add(row("bukti_dukung", target, "Bukti dukung (berkas)",
                null, null, null, String.join(";", ids))));
        return write(rows);
    }

    static byte[] monitoring(MonitoringForm m) {
        List<List<Object>> rows = new ArrayList<>();
        rows.add(List.of("no", "prosedur", "kode_sop", "penilaian", "catatan_hasil_penilaian",
                "tindakan_yang_harus_diambil", "paraf_penilai", "kasus", "temuan", "penilai", "tanggal_penilaian"));
        for (MonitoringForm.Row row : m.rows()) {
            rows.add(java.util.Arrays.asList(row.no(), row.prosedur(), row.sopCode(), row.penilaian(), row.catatan(),
                    row.tindakan(), row.paraf(), String.join(";", row.caseIds()), String.join(";", row.findingIds()),
                    m.penilai() == null ? "" : m.penilai(), m.tanggalPenilaian().toString()));
        }
        return write(rows);
    }

    private static List<Object> row(String part, String key, String label, Object num, Object den, Object ratio,
            Object value) {
        return java.util.Arrays.asList(part, key, label, num, den, ratio, value, "", "", "");
    }

    private static String ratio(Double ratio) {
        return ratio == null ? "" : IdFormat.round(ratio, 4).toPlainString();
    }

    private static byte[] write(List<List<Object>> rows) {
        StringWriter text = new StringWriter();
        try (CSVPrinter csv = new CSVPrinter(text, CSVFormat.RFC4180)) {
            for (List<Object> row : rows) {
                csv.printRecord(row.stream().map(ReportCsv::field).toList());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return withBom(text.toString());
    }

    /** UTF-8 with a byte-order mark, so Excel in an Indonesian locale opens the CSV as UTF-8. */
    static byte[] withBom(String text) {
        byte[] body = text.getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[BOM.length + body.length];
        System.arraycopy(BOM, 0, withBom, 0, BOM.length);
        System.arraycopy(body, 0, withBom, BOM.length, body.length);
        return withBom;
    }

    /** Numbers as written by Java ("72.5"); text neutralised against formula injection. */
    private static String field(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof Number n) {
            return n instanceof Double d ? IdFormat.round(d, 4).toPlainString() : n.toString();
        }
        return CellText.safe(value.toString());
    }
}
