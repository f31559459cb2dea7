package id.patuh.sopimport;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import id.patuh.messages.Text;

/**
 * An Excel workbook: every sheet, row by row, with the sheet's row numbers as lines (one blank
 * row between sheets). Cells read as Excel shows them (DataFormatter: "60", not "60.0"); a
 * merged cell keeps its text in its first cell, the others are blank, as in a scan.
 */
final class XlsxSourceReader {

    private final SopImportProperties limits;

    XlsxSourceReader(SopImportProperties limits) {
        this.limits = limits;
    }

    SourceDocument read(String name, byte[] bytes) {
        DataFormatter formatter = new DataFormatter();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            List<SourceRow> rows = new ArrayList<>();
            for (Sheet sheet : workbook) {
                for (int r = 0; r <= sheet.getLastRowNum(); r++) {
                    if (rows.size() >= limits.maxRows()) {
                        throw new SopImportException(new Text("sopimport.read.xlsx-too-many-rows", limits.maxRows()));
                    }
                    rows.add(new SourceRow(r + 1, cells(sheet.getRow(r), formatter)));
                }
                rows.add(new SourceRow(sheet.getLastRowNum() + 2, List.of("")));
            }
            return new SourceDocument(name, "xlsx", rows);
        } catch (IOException | RuntimeException e) {
            throw OfficeErrors.unreadable(name, "XLSX", e);
        }
    }

    private static List<String> cells(Row row, DataFormatter formatter) {
        List<String> cells = new ArrayList<>();
        if (row == null) {
            return List.of("");
        }
        for (int c = 0; c < Math.min(row.getLastCellNum(), 200); c++) {
            Cell cell = row.getCell(c);
            cells.add(cell == null ? "" : formatter.formatCellValue(cell));
        }
        return cells.isEmpty() ? List.of("") : cells;
    }
}
