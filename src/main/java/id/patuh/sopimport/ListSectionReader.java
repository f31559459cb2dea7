package id.patuh.sopimport;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import id.patuh.messages.Text;

/**
 * The six lists of an SOP AP sheet (Dasar Hukum, Kualifikasi Pelaksana, Keterkaitan,
 * Peralatan/Perlengkapan, Peringatan, Pencatatan dan Pendataan). The sheet prints them in pairs,
 * two columns under one heading row. A scan keeps the columns as tab stops, or loses them and
 * reads the left column, then the right one ("stacked"): there, the right list begins where the
 * numbering starts again at 1, or where numbered items follow an unnumbered paragraph.
 */
final class ListSectionReader {

    private static final Pattern NUMBERED_LINE = Pattern.compile("^\\d{1,2}[.)]\\s.*");
    private static final Pattern BARE_NUMBER = Pattern.compile("\\d{1,2}[.)]?");
    private static final Pattern NOTE = Pattern.compile("(?i)^(penjelasan|catatan|keterangan)\\s*:.*");

    /** A heading's list and the column it heads. */
    private record Column(String key, int index, List<String> items, List<Integer> lines) {
    }

    private final Map<String, List<String>> lists = new LinkedHashMap<>();
    private final DoubtList doubts;
    private List<Column> active = new ArrayList<>();
    private boolean stacked;
    private boolean contentSinceHeading;
    private int stackedColumn;
    private boolean previousBlank = true;

    ListSectionReader(DoubtList doubts) {
        this.doubts = doubts;
    }

    /** Reads every row that is not part of a procedure table; {@code stop} rows end a section. */
    Map<String, List<String>> read(List<SourceRow> rows, java.util.function.IntPredicate stop) {
        for (int i = 0; i < rows.size(); i++) {
            SourceRow row = rows.get(i);
            if (stop.test(i)) {
                close();
            } else if (!headings(row)) {
                content(row);
            }
            previousBlank = row.isBlank();
        }
        close();
        return lists;
    }

    private boolean headings(SourceRow row) {
        List<Column> found = new ArrayList<>();
        for (int i = 0; i < row.cells().size(); i++) {
            String key = ListHeadings.key(row.cell(i));
            if (key != null) {
                found.add(new Column(key, i, new ArrayList<>(), new ArrayList<>()));
            } else if (!row.cell(i).isEmpty()) {
                return false;
            }
        }
        if (found.isEmpty()) {
            return false;
        }
        if (row.isSingleCell() && stacked && !contentSinceHeading) {
            active.add(found.get(0));
        } else {
            close();
            active = new ArrayList<>(found);
            stacked = row.isSingleCell();
            stackedColumn = 0;
        }
        contentSinceHeading = false;
        return true;
    }

    private void content(SourceRow row) {
        if (active.isEmpty() || row.isBlank()) {
            return;
        }
        contentSinceHeading = true;
        if (stacked) {
            stackedLine(row);
            return;
        }
        String marker = null;
        for (int i = 0; i < row.cells().size(); i++) {
            String cell = row.cell(i);
            if (cell.isEmpty()) {
                continue;
            }
            Column column = columnAt(i);
            if (BARE_NUMBER.matcher(cell).matches()) {
                marker = cell.replaceAll("\\D", "");
                continue;
            }
            add(column, row.line(), marker == null ? cell : marker + ". " + SourceText.plain(cell), cell);
            marker = null;
        }
    }

    private void stackedLine(SourceRow row) {
        String text = SourceText.plain(row.joined());
        boolean numbered = NUMBERED_LINE.matcher(text).matches();
        Column column = active.get(stackedColumn);
        boolean restart = numbered && !column.items().isEmpty()
                && (text.matches("^1[.)].*") || unnumberedOnly(column));
        if (restart && stackedColumn + 1 < active.size()) {
            column = active.get(++stackedColumn);
        }
        if (!numbered && !previousBlank && !column.items().isEmpty()) {
            int last = column.items().size() - 1;
            column.items().set(last, column.items().get(last) + " " + text);
        } else {
            add(column, row.line(), text, text);
        }
    }

    private boolean unnumberedOnly(Column column) {
        return column.lines().stream().allMatch(line -> line < 0);
    }

    private void add(Column column, int line, String text, String raw) {
        if (NOTE.matcher(SourceText.plain(text)).matches()) {
            doubts.add(column.key(), line, new Text("sopimport.doubt.note-not-item", shorten(text)));
            return;
        }
        ListItems items = ListItems.of(raw.contains("<ol") ? raw : text);
        if (items.guessed()) {
            doubts.add(column.key(), line, new Text("sopimport.doubt.list-split-guessed"));
        }
        for (String item : items.items()) {
            column.items().add(item);
            column.lines().add(items.numbered() ? line : -line);
        }
    }

    private Column columnAt(int index) {
        Column chosen = active.get(0);
        for (Column column : active) {
            if (column.index() <= index) {
                chosen = column;
            }
        }
        return chosen;
    }

    private void close() {
        for (Column column : active) {
            List<String> items = column.key().equals("kualifikasi_pelaksana")
                    ? BrokenItems.merge(column.items(), column.lines(), doubts)
                    : column.items();
            lists.putIfAbsent(column.key(), List.copyOf(items));
        }
        active = new ArrayList<>();
        stacked = false;
    }

    private static String shorten(String text) {
        String plain = SourceText.plain(text);
        return plain.length() > 40 ? plain.substring(0, 40) + "…" : plain;
    }
}
