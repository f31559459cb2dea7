package id.patuh.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.ZoneId;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** The monitoring form as one sheet, laid out as the PermenPAN-RB 35/2012 form, ready to print and sign. */
final class MonitoringWorkbook {

    private MonitoringWorkbook() {
    }

    static byte[] write(MonitoringForm m) {
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            SheetWriter s = new SheetWriter(book, "Monitoring", ZoneId.of(m.zone()), 5, 40, 26, 60, 60, 14, 30, 40);
            s.header("Monitoring Pelaksanaan SOP AP").row("Unit", m.unit())
                    .row("Periode", m.halfTitle() + " (" + m.half() + ")").row("Keadaan per", m.asOf())
                    .row("Penilai", m.penilai() == null ? "" : m.penilai())
                    .row("Tanggal penilaian", m.tanggalPenilaian().toString())
                    .row(m.note()).blank()
                    .header("No", "Prosedur", "Penilaian", "Catatan hasil penilaian", "Tindakan yang harus diambil",
                            "Paraf penilai", "Kasus", "Temuan");
            for (MonitoringForm.Row row : m.rows()) {
                s.row(row.no(), row.prosedur(), row.penilaian(), row.catatan(), row.tindakan(), row.paraf(),
                        String.join("; ", row.caseIds()), String.join("; ", row.findingIds()));
            }
            s.blank().row(null, null, null, null, "Tanggal " + m.tanggalPenilaian()).row(null, null, null, null, "Penilai,")
                    .blank().blank().row(null, null, null, null, m.penilai() == null
                            ? "(.............................................)" : "(" + m.penilai() + ")");
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
