package id.patuh.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.ZoneId;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** The SOP evaluation form as one sheet, laid out as the regulation's form, ready to print and sign. */
final class SopEvaluationWorkbook {

    private SopEvaluationWorkbook() {
    }

    static byte[] write(SopEvaluation e) {
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            SheetWriter s = new SheetWriter(book, "Evaluasi SOP", ZoneId.of("Asia/Jakarta"), 5, 60, 10, 60);
            s.header("Formulir Evaluasi SOP AP").row("SOP", e.sopName() + " (" + e.sopCode() + ")")
                    .row("Unit", e.tenant()).row("Periode", e.period())
                    .row("Penilai", e.penilai() == null ? "" : e.penilai())
                    .row("Tanggal penilaian", e.tanggalPenilaian() == null ? "" : e.tanggalPenilaian().toString())
                    .blank().header("No", "Penilaian terhadap penerapan", "Ya/Tidak", "Catatan/Tindakan");
            int no = 1;
            for (SopEvaluation.Kriteria k : e.kriteria()) {
                s.row(no++, k.pertanyaan(), SopEvaluation.answer(k.ya()), text(k.catatan()));
            }
            s.blank().header("No", "Pelaksana dapat menjalankan perannya", "Ya/Tidak", "Catatan");
            no = 1;
            for (SopEvaluation.Peran p : e.peran()) {
                s.row(no++, p.peran(), SopEvaluation.answer(p.ya()), text(p.catatan()));
            }
            s.blank().row("Catatan auditor", text(e.catatanAuditor()));
            s.blank().row(null, null, null, "Penilai,").blank().blank()
                    .row(null, null, null, e.penilai() == null ? "(.............................................)"
                            : "(" + e.penilai() + ")");
            book.write(out);
            return out.toByteArray();
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }
}
