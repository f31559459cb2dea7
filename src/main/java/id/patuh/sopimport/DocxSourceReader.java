package id.patuh.sopimport;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;

import id.patuh.messages.Text;

/**
 * A Word document: each paragraph is a row of one cell; each table row a row of cells. A cell
 * merged across columns (gridSpan) is followed by blank cells and one merged down the rows
 * (vMerge) is blank below its first row, so that every row has the table's full width — the
 * shape a scan's tab stops give, which the table reader expects.
 */
final class DocxSourceReader {

    private final SopImportProperties limits;

    DocxSourceReader(SopImportProperties limits) {
        this.limits = limits;
    }

    SourceDocument read(String name, byte[] bytes) {
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(bytes))) {
            List<SourceRow> rows = new ArrayList<>();
            for (IBodyElement element : document.getBodyElements()) {
                if (element instanceof XWPFParagraph paragraph) {
                    add(rows, List.of(paragraph.getText()));
                } else if (element instanceof XWPFTable table) {
                    add(rows, List.of(""));
                    for (XWPFTableRow row : table.getRows()) {
                        add(rows, cells(row));
                    }
                    add(rows, List.of(""));
                }
            }
            return new SourceDocument(name, "docx", rows);
        } catch (IOException | RuntimeException e) {
            throw OfficeErrors.unreadable(name, "DOCX", e);
        }
    }

    private void add(List<SourceRow> rows, List<String> cells) {
        if (rows.size() >= limits.maxRows()) {
            throw new SopImportException(new Text("sopimport.read.docx-too-many-rows", limits.maxRows()));
        }
        rows.add(new SourceRow(rows.size() + 1, cells));
    }

    private static List<String> cells(XWPFTableRow row) {
        List<String> cells = new ArrayList<>();
        for (XWPFTableCell cell : row.getTableCells()) {
            CTTcPr properties = cell.getCTTc().getTcPr();
            boolean continued = properties != null && properties.getVMerge() != null
                    && (properties.getVMerge().getVal() == null || properties.getVMerge().getVal() == STMerge.CONTINUE);
            cells.add(continued ? "" : cell.getParagraphs().stream().map(XWPFParagraph::getText)
                    .collect(Collectors.joining("\n")));
            int span = properties != null && properties.getGridSpan() != null
                    ? ((BigInteger) properties.getGridSpan().getVal()).intValue() : 1;
            for (int i = 1; i < span; i++) {
                cells.add("");
            }
        }
        return cells;
    }
}
