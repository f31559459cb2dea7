package id.patuh.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.ZoneId;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.web.util.HtmlUtils;

/**
 * The follow-up register as a file: XLSX and CSV cells neutralised against formula injection
 * ({@link CellText}), PDF from XHTML like the reports (A4 landscape, the matrix's columns).
 */
final class RegisterFiles {

    private static final ZoneId WIB = ZoneId.of("Asia/Jakarta");

    private RegisterFiles() {
    }

    static byte[] xlsx(String title, List<RegisterRow> rows, String note) {
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            SheetWriter sheet = new SheetWriter(book, "Register tindak lanjut", WIB,
                    5, 24, 30, 30, 20, 8, 50, 34, 30, 40, 22, 12, 24, 14, 10, 24, 24, 28, 22, 10);
            sheet.row(title).row(note).blank().header(RegisterRow.HEADERS.toArray(String[]::new));
            rows.forEach(r -> sheet.row(r.cells().toArray()));
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] csv(List<RegisterRow> rows) {
        StringWriter text = new StringWriter();
        try (CSVPrinter csv = new CSVPrinter(text, CSVFormat.RFC4180)) {
            csv.printRecord(RegisterRow.HEADERS);
            for (RegisterRow row : rows) {
                csv.printRecord(row.cells().stream().map(c -> c instanceof Number ? c.toString()
                        : CellText.safe(c.toString())).toList());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return ReportCsv.withBom(text.toString());
    }

    static byte[] pdf(String title, List<RegisterRow> rows, String note) {
        StringBuilder html = new StringBuilder("<!DOCTYPE html><html lang=\"id\"><head><meta charset=\"UTF-8\"/><title>")
                .append(esc(title)).append("</title><style>@page { size: A4 landscape; margin: 8mm; }"
                        + " body { font-family: sans-serif; font-size: 7pt; } h1 { font-size: 12pt; }"
                        + " table { border-collapse: collapse; width: 100%; -fs-table-paginate: paginate; }"
                        + " th, td { border: 0.5pt solid #555; padding: 2pt; vertical-align: top; }"
                        + " th { background: #eee; } td { word-wrap: break-word; }</style></head><body><h1>")
                .append(esc(title)).append("</h1><p>").append(esc(note)).append("</p><table><thead><tr>");
        // the PDF keeps the matrix readable on A4: the three evidence columns and the instant the rule
        // was broken stay in XLSX/CSV; the age in working days is the register's last PDF column
        List<Integer> shown = pdfColumns();
        shown.forEach(i -> html.append("<th>").append(esc(RegisterRow.HEADERS.get(i))).append("</th>"));
        html.append("</tr></thead><tbody>");
        for (RegisterRow row : rows) {
            html.append("<tr>");
            List<Object> cells = row.cells();
            shown.forEach(i -> html.append("<td>").append(esc(cells.get(i).toString())).append("</td>"));
            html.append("</tr>");
        }
        html.append("</tbody></table></body></html>");
        return PdfConverter.fromHtml(html.toString());
    }

    private static List<Integer> pdfColumns() {
        List<Integer> shown = new java.util.ArrayList<>();
        for (int i = 0; i < RegisterRow.HEADERS.size() - 5; i++) {
            shown.add(i);
        }
        shown.add(RegisterRow.HEADERS.size() - 1);
        return shown;
    }

    private static String esc(String text) {
        return HtmlUtils.htmlEscape(text, "UTF-8");
    }
}
