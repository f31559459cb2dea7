package id.patuh.sopimport;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.util.List;

import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;

import id.patuh.report.TestPdfs;
import id.patuh.sopimport.SheetGrid.Cell;
import id.patuh.sopimport.SheetGrid.Row;

/** Renders a {@link SheetGrid} as the files offices send: DOCX and XLSX with POI, PDF with the report renderer. */
final class SheetFiles {

    private SheetFiles() {
    }

    static byte[] docx(List<Row> rows) throws IOException {
        try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            XWPFTable table = null;
            int tableId = 0;
            for (Row row : rows) {
                if (row.table() == 0) {
                    document.createParagraph().createRun().setText(row.cells().get(0).text());
                    table = null;
                    continue;
                }
                XWPFTableRow tableRow;
                if (table == null || row.table() != tableId) {
                    table = document.createTable();
                    tableId = row.table();
                    tableRow = table.getRow(0);
                } else {
                    tableRow = table.createRow();
                }
                while (!tableRow.getTableCells().isEmpty()) {
                    tableRow.removeCell(0);
                }
                for (Cell cell : row.cells()) {
                    docxCell(tableRow.addNewTableCell(), cell);
                }
            }
            document.write(out);
            return out.toByteArray();
        }
    }

    private static void docxCell(XWPFTableCell target, Cell cell) {
        String[] lines = cell.text().split("\n", -1);
        target.getParagraphs().get(0).createRun().setText(lines[0]);
        for (int i = 1; i < lines.length; i++) {
            target.addParagraph().createRun().setText(lines[i]);
        }
        CTTcPr properties = target.getCTTc().isSetTcPr() ? target.getCTTc().getTcPr() : target.getCTTc().addNewTcPr();
        if (cell.colSpan() > 1) {
            properties.addNewGridSpan().setVal(BigInteger.valueOf(cell.colSpan()));
        }
        if (cell.rowSpan() == 2) {
            properties.addNewVMerge().setVal(STMerge.RESTART);
        } else if (cell.rowSpan() == 0) {
            properties.addNewVMerge().setVal(STMerge.CONTINUE);
        }
    }

    static byte[] xlsx(List<Row> rows) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("SOP");
            for (int r = 0; r < rows.size(); r++) {
                org.apache.poi.ss.usermodel.Row row = sheet.createRow(r);
                int column = 0;
                for (Cell cell : rows.get(r).cells()) {
                    if (!cell.text().isEmpty()) {
                        setValue(row.createCell(column), cell.text());
                    }
                    if (cell.colSpan() > 1) {
                        sheet.addMergedRegion(new CellRangeAddress(r, r, column, column + cell.colSpan() - 1));
                    }
                    if (cell.rowSpan() == 2) {
                        sheet.addMergedRegion(new CellRangeAddress(r, r + 1, column, column));
                    }
                    column += cell.colSpan();
                }
            }
            workbook.write(out);
            return out.toByteArray();
        }
    }

    /** Numbers go in as numbers, the way a clerk types "60" into a Waktu cell. */
    private static void setValue(org.apache.poi.ss.usermodel.Cell cell, String text) {
        if (text.matches("\\d{1,6}")) {
            cell.setCellValue(Double.parseDouble(text));
        } else {
            cell.setCellValue(text);
        }
    }

    static byte[] pdf(List<Row> rows) {
        StringBuilder html = new StringBuilder("<html><head><style>@page { size: 560mm 300mm; margin: 10mm }"
                + " body { font-family: sans-serif; font-size: 7pt }"
                + " table { border-collapse: collapse; margin-bottom: 8pt }"
                + " td { border: 0.5pt solid black; padding: 4pt; vertical-align: top; text-align: left }"
                + "</style></head><body>");
        int tableId = 0;
        for (Row row : rows) {
            if (row.table() != tableId && tableId != 0) {
                html.append("</table>");
            }
            if (row.table() == 0) {
                tableId = 0;
                html.append("<p>").append(escape(row.cells().get(0).text())).append("&#160;</p>");
                continue;
            }
            if (row.table() != tableId) {
                html.append("<table>");
                tableId = row.table();
            }
            html.append("<tr>");
            for (Cell cell : row.cells()) {
                if (cell.rowSpan() == 0) {
                    continue;
                }
                html.append("<td colspan=\"").append(cell.colSpan()).append("\" rowspan=\"").append(cell.rowSpan())
                        .append("\">").append(escape(cell.text()).replace("\n", "<br/>")).append("</td>");
            }
            html.append("</tr>");
        }
        if (tableId != 0) {
            html.append("</table>");
        }
        return TestPdfs.fromHtml(html.append("</body></html>").toString());
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
