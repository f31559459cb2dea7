package id.patuh.ingest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDateTime;
import java.util.List;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Workbooks built in the tests, as an operator's Excel would save them: text, number and date cells. */
public final class XlsxFixtures {

    private XlsxFixtures() {
    }

    /** One sheet named {@code sheet}; a LocalDateTime becomes a date cell, a Number a numeric cell. */
    public static byte[] workbook(String sheet, List<List<Object>> rows) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet data = workbook.createSheet(sheet);
            CellStyle time = workbook.createCellStyle();
            time.setDataFormat(workbook.createDataFormat().getFormat("dd/mm/yyyy hh:mm"));
            for (int r = 0; r < rows.size(); r++) {
                Row row = data.createRow(r);
                fill(row, rows.get(r), time);
            }
            workbook.createSheet("catatan").createRow(0).createCell(0).setCellValue("bukan data");
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void fill(Row row, List<Object> values, CellStyle time) {
        for (int c = 0; c < values.size(); c++) {
            Object value = values.get(c);
            if (value instanceof LocalDateTime at) {
                row.createCell(c).setCellValue(at);
                row.getCell(c).setCellStyle(time);
            } else if (value instanceof Number number) {
                row.createCell(c).setCellValue(number.doubleValue());
            } else if (value != null) {
                row.createCell(c).setCellValue(value.toString());
            }
        }
    }
}
