package id.patuh.sopimport;

import java.util.List;

/**
 * One row of a document as the importer sees it: a line of scanned text split at its tabs, a
 * table row of a Word document or a row of a sheet.
 *
 * @param line  1-based position in the source (text line, sheet row, or n-th paragraph/row of a
 *              Word document), quoted in every doubt
 * @param cells the cells, blank ones kept so that columns stay aligned
 */
record SourceRow(int line, List<String> cells) {

    SourceRow {
        // a no-break space (Word, PDF) is a space: otherwise an "empty" cell would hold text
        cells = cells.stream().map(c -> c == null ? "" : c.replace('\u00A0', ' ')).toList();
    }

    String cell(int index) {
        return index >= 0 && index < cells.size() ? cells.get(index).strip() : "";
    }

    boolean isBlank() {
        return cells.stream().allMatch(String::isBlank);
    }

    long filledCells() {
        return cells.stream().filter(c -> !c.isBlank()).count();
    }

    /** A row without columns: a paragraph, a title, a line of a scan without tab stops. */
    boolean isSingleCell() {
        return filledCells() <= 1 && cells.size() <= 2;
    }

    String joined() {
        return String.join(" ", cells.stream().map(String::strip).filter(c -> !c.isEmpty()).toList());
    }
}
