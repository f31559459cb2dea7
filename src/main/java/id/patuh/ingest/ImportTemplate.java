package id.patuh.ingest;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import id.patuh.cases.DataKind;
import id.patuh.messages.Texts;

/**
 * An Excel workbook to record data in: a first sheet with the interchange columns (what the
 * importer reads), reference rows filled in where the catalog knows the answer, drop-down lists
 * where only some values are right, a sheet explaining every column, and a hidden sheet holding
 * the lists (a list typed into a validation is capped at 255 characters, role names are not).
 */
final class ImportTemplate {

    /** Rows that carry drop-down lists: enough for a year of a kecamatan's cases. */
    static final int LIST_ROWS = 5000;
    static final String GUIDE_SHEET = "panduan";
    static final String LISTS_SHEET = "daftar";

    private final XSSFWorkbook workbook = new XSSFWorkbook();
    private final Sheet data;
    private final List<ColumnGuide.Column> columns;
    private final CellStyle bold;

    ImportTemplate(String sheetName, DataKind kind) {
        this.data = workbook.createSheet(sheetName);
        this.columns = ColumnGuide.of(kind);
        Font font = workbook.createFont();
        font.setBold(true);
        bold = workbook.createCellStyle();
        bold.setFont(font);
        Row header = data.createRow(0);
        for (int i = 0; i < columns.size(); i++) {
            header.createCell(i).setCellValue(columns.get(i).name());
            header.getCell(i).setCellStyle(bold);
            data.setColumnWidth(i, 18 * 256);
        }
        data.createFreezePane(0, 1);
        // times typed as an Indonesian Excel shows them become date cells, read in the unit's zone
        CellStyle time = workbook.createCellStyle();
        time.setDataFormat(workbook.createDataFormat().getFormat("dd/mm/yyyy hh:mm"));
        for (int i = 0; i < columns.size(); i++) {
            if (columns.get(i).name().endsWith("_at")) {
                data.setDefaultColumnStyle(i, time);
            }
        }
    }

    /** A reference row: the given columns filled, the rest left to the operator. */
    void referenceRow(Map<String, Object> values) {
        Row row = data.createRow(data.getLastRowNum() + 1);
        values.forEach((column, value) -> {
            int i = index(column);
            if (value instanceof Number number) {
                row.createCell(i).setCellValue(number.doubleValue());
            } else if (value != null) {
                row.createCell(i).setCellValue(value.toString());
            }
        });
    }

    /** A drop-down on {@code column} offering {@code values}, kept in the hidden list sheet. */
    void list(String column, List<String> values) {
        Sheet lists = workbook.getSheet(LISTS_SHEET) == null ? workbook.createSheet(LISTS_SHEET)
                : workbook.getSheet(LISTS_SHEET);
        int listColumn = lists.getRow(0) == null ? 0 : lists.getRow(0).getLastCellNum();
        for (int i = 0; i < values.size(); i++) {
            Row row = lists.getRow(i) == null ? lists.createRow(i) : lists.getRow(i);
            row.createCell(listColumn).setCellValue(values.get(i));
        }
        String letter = CellReference.convertNumToColString(listColumn);
        DataValidationHelper helper = data.getDataValidationHelper();
        int i = index(column);
        DataValidation validation = helper.createValidation(
                helper.createFormulaListConstraint(LISTS_SHEET + "!$" + letter + "$1:$" + letter + "$"
                        + Math.max(1, values.size())),
                new CellRangeAddressList(1, Math.min(LIST_ROWS, SpreadsheetVersion.EXCEL2007.getLastRowIndex()), i, i));
        validation.setShowErrorBox(true);
        validation.createErrorBox(Texts.id("ingest.template.list.error-title"),
                Texts.id("ingest.template.list.error-text", column));
        data.addValidationData(validation);
    }

    /** The explanation sheet: every column, whether it is required, what it means, an example. */
    void guide(List<String> preface) {
        Sheet guide = workbook.createSheet(GUIDE_SHEET);
        int r = 0;
        for (String line : preface) {
            guide.createRow(r++).createCell(0).setCellValue(line);
        }
        r++;
        Row header = guide.createRow(r++);
        // the file keeps both languages: Indonesian columns, then the meaning in English
        List<String> titles = List.of(Texts.id("ingest.template.guide.column"),
                Texts.id("ingest.template.guide.required"), Texts.id("ingest.template.guide.meaning"),
                Texts.id("ingest.template.guide.example"),
                Texts.en("ingest.template.guide.meaning-en"));
        for (int i = 0; i < titles.size(); i++) {
            header.createCell(i).setCellValue(titles.get(i));
            header.getCell(i).setCellStyle(bold);
        }
        for (ColumnGuide.Column column : columns) {
            Row row = guide.createRow(r++);
            row.createCell(0).setCellValue(column.name());
            row.createCell(1).setCellValue(column.required() ? Texts.id("ingest.template.guide.yes")
                    : Texts.id("ingest.template.guide.no"));
            row.createCell(2).setCellValue(column.meaningIn(Texts.ID));
            row.createCell(3).setCellValue(column.example());
            row.createCell(4).setCellValue(column.meaningEn());
        }
        guide.setColumnWidth(0, 16 * 256);
        guide.setColumnWidth(2, 90 * 256);
        guide.setColumnWidth(3, 30 * 256);
        guide.setColumnWidth(4, 90 * 256);
    }

    void write(OutputStream out) throws IOException {
        if (workbook.getSheetIndex(GUIDE_SHEET) >= 0) {
            workbook.setSheetOrder(GUIDE_SHEET, 1);
        }
        int lists = workbook.getSheetIndex(LISTS_SHEET);
        if (lists >= 0) {
            workbook.setSheetHidden(lists, true);
        }
        try (workbook) {
            workbook.write(out);
        }
    }

    private int index(String column) {
        for (int i = 0; i < columns.size(); i++) {
            if (columns.get(i).name().equals(column)) {
                return i;
            }
        }
        throw new IllegalArgumentException(column);
    }
}
