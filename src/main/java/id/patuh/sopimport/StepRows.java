package id.patuh.sopimport;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import id.patuh.messages.Text;
import id.patuh.sopimport.TableHeader.Column;

/**
 * The body of one procedure table: numbered rows become steps, unnumbered rows continue the
 * step above (a cell that broke over two lines), and a row holding only "Ya"/"Tidak" is the
 * label of a decision's branch in the flowchart.
 */
final class StepRows {

    static final Pattern STEP_NO = Pattern.compile("(\\d{1,3})\\.?");
    private static final Set<String> MARKS = Set.of("v", "x", "√", "✓", "✔", "●", "•", "*", "■", "o", "○", "◆", "◇");
    private static final Set<String> BRANCHES = Set.of("ya", "tidak", "y", "t");

    /** A step while its rows are still being read. */
    record Building(int no, int line, StringBuilder activity, List<String> marked, String[] cells,
            List<String> branches) {
    }

    private final TableHeader header;
    private final List<String> roles;
    private final DoubtList doubts;
    private final List<Building> steps = new ArrayList<>();

    StepRows(TableHeader header, List<String> roles, DoubtList doubts) {
        this.header = header;
        this.roles = roles;
        this.doubts = doubts;
    }

    List<Building> steps() {
        return steps;
    }

    /** Takes one body row; false when the row ends the table. */
    boolean accept(SourceRow row) {
        if (row.isBlank()) {
            return true;
        }
        if (row.isSingleCell() || TableHeader.isHeader(row) || endsTable(row)) {
            return false;
        }
        if (STEP_NO.matcher(row.cell(0)).matches()) {
            steps.add(newStep(row));
        } else if (isBranchLabel(row) && !steps.isEmpty()) {
            steps.get(steps.size() - 1).branches().addAll(row.cells().stream().map(String::strip)
                    .filter(c -> !c.isEmpty()).map(c -> c.toLowerCase(Locale.ROOT)).toList());
        } else if (!steps.isEmpty()) {
            continueStep(steps.get(steps.size() - 1), row);
        }
        return true;
    }

    private Building newStep(SourceRow row) {
        int no = steps.size() + 1;
        String written = row.cell(0).replace(".", "");
        if (!written.equals(Integer.toString(no))) {
            doubts.add(field(no, "no"), row.line(), new Text("sopimport.doubt.renumbered", written, no));
        }
        int shift = Math.max(0, row.cells().size() - header.columns().size());
        if (shift > 0) {
            doubts.add(field(no, "waktu"), row.line(), new Text("sopimport.doubt.extra-cells", shift));
        }
        String[] cells = new String[header.columns().size()];
        List<String> marked = new ArrayList<>();
        for (int i = 0; i < cells.length; i++) {
            int source = i <= header.indexOf(Column.ACTIVITY) ? i : i + shift;
            cells[i] = row.cell(source);
            if (header.columns().get(i) == Column.ROLE && !cells[i].isEmpty()) {
                readMark(no, row, i, cells[i], marked);
            }
        }
        return new Building(no, row.line(), new StringBuilder(cells[header.indexOf(Column.ACTIVITY)]), marked,
                cells, new ArrayList<>());
    }

    private void readMark(int no, SourceRow row, int column, String cell, List<String> marked) {
        int role = (int) header.columns().subList(0, column).stream().filter(c -> c == Column.ROLE).count();
        if (MARKS.contains(cell.toLowerCase(Locale.ROOT)) && role < roles.size()) {
            marked.add(roles.get(role));
        } else {
            doubts.add(field(no, "executors"), row.line(), new Text("sopimport.doubt.executor-cell-text", cell));
        }
    }

    private void continueStep(Building step, SourceRow row) {
        String[] cells = step.cells();
        for (int i = 0; i < cells.length; i++) {
            String more = row.cell(i);
            if (more.isEmpty() || header.columns().get(i) == Column.NO) {
                continue;
            }
            if (header.columns().get(i) == Column.ACTIVITY) {
                step.activity().append(' ').append(more);
            } else {
                cells[i] = cells[i].isEmpty() ? more : cells[i] + "\n" + more;
            }
        }
    }

    /** Text in the No column that is no step number, a header-block label or list headings: the table is over. */
    private static boolean endsTable(SourceRow row) {
        boolean text = !row.cell(0).isEmpty() && !STEP_NO.matcher(row.cell(0)).matches() && !isBranchLabel(row);
        return text || IdentityReader.isLabelRow(row) || ListHeadings.key(row.cell(0)) != null;
    }

    private static boolean isBranchLabel(SourceRow row) {
        return row.filledCells() > 0 && row.cells().stream().map(String::strip).filter(c -> !c.isEmpty())
                .allMatch(c -> BRANCHES.contains(c.toLowerCase(Locale.ROOT)));
    }

    static String field(int no, String name) {
        return "steps[" + (no - 1) + "]." + name;
    }

    static List<String> items(String cell) {
        if (cell == null || cell.isBlank()) {
            return null;
        }
        return Arrays.stream(cell.split("[\\n;]|,\\s")).map(SourceText::plain).filter(s -> !s.isEmpty()).toList();
    }
}
