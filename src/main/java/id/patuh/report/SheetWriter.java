package id.patuh.report;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Appends rows to a sheet: text always through {@link CellText#safe} (no formula can sneak in),
 * numbers as numbers, ratios as percent cells, instants as text in the unit's zone.
 */
final class SheetWriter {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    /** A ratio to show as a percentage. */
    record Pct(Double ratio) {
    }

    private final Sheet sheet;
    private final CellStyle bold;
    private final CellStyle percent;
    private final ZoneId zone;
    private int next;

    SheetWriter(XSSFWorkbook book, String name, ZoneId zone, int... widths) {
        this.sheet = book.createSheet(name);
        this.zone = zone;
        this.bold = book.createCellStyle();
        Font font = book.createFont();
        font.setBold(true);
        bold.setFont(font);
        this.percent = book.createCellStyle();
        percent.setDataFormat(book.createDataFormat().getFormat("0.0%"));
        for (int i = 0; i < widths.length; i++) {
            // fixed widths: autoSizeColumn needs AWT fonts, which a server may not have
            sheet.setColumnWidth(i, widths[i] * 256);
        }
    }

    SheetWriter header(String... titles) {
        Row row = sheet.createRow(next++);
        for (int i = 0; i < titles.length; i++) {
            Cell cell = row.createCell(i);
            cell.setCellValue(CellText.safe(titles[i]));
            cell.setCellStyle(bold);
        }
        return this;
    }

    SheetWriter row(Object... values) {
        Row row = sheet.createRow(next++);
        for (int i = 0; i < values.length; i++) {
            set(row, i, values[i]);
        }
        return this;
    }

    SheetWriter blank() {
        next++;
        return this;
    }

    private void set(Row row, int column, Object value) {
        if (value == null) {
            return;
        }
        Cell cell = row.createCell(column);
        if (value instanceof Pct pct) {
            if (pct.ratio() != null) {
                cell.setCellValue(pct.ratio());
                cell.setCellStyle(percent);
            }
        } else if (value instanceof Number n) {
            cell.setCellValue(n.doubleValue());
        } else if (value instanceof Boolean b) {
            cell.setCellValue(b ? "ya" : "tidak");
        } else if (value instanceof Instant t) {
            cell.setCellValue(TIME.format(t.atZone(zone)));
        } else {
            cell.setCellValue(CellText.safe(value.toString()));
        }
    }
}
