package id.patuh.sopimport;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The header of a procedure table: usually two rows, the first with No / Kegiatan / Pelaksana /
 * Mutu Baku / Keterangan (cells merged across their sub-columns), the second with the role names
 * under Pelaksana and Kelengkapan / Waktu / Output under Mutu Baku. Offices vary: Output or
 * Keterangan may sit in the first row, Mutu Baku may be called "Mutu", Kelengkapan
 * "Ketersediaan", Pelaksana "Pelaku".
 */
record TableHeader(int line, int rows, List<Column> columns, String waktuUnit) {

    enum Column { NO, ACTIVITY, ROLE, KELENGKAPAN, WAKTU, OUTPUT, KETERANGAN, NONE }

    private static final Set<String> ACTIVITY_WORDS = Set.of("aktivitas", "kegiatan", "uraianprosedur",
            "uraiankegiatan", "prosedur", "uraian", "aktifitas");

    /** The header starting at {@code rows[index]}, if that row is one. */
    static Optional<TableHeader> at(List<SourceRow> rows, int index) {
        SourceRow top = rows.get(index);
        int activity = activityColumn(top);
        if (activity < 1 || !SourceText.key(top.cell(activity - 1)).equals("no")) {
            return Optional.empty();
        }
        SourceRow sub = index + 1 < rows.size() ? rows.get(index + 1) : new SourceRow(0, List.of());
        boolean hasSub = !sub.cell(0).matches("\\d{1,3}\\.?") && sub.cell(activity).isEmpty();
        int width = Math.max(top.cells().size(), hasSub ? sub.cells().size() : 0);
        List<Column> columns = new ArrayList<>();
        String unit = null;
        for (int i = 0; i < width; i++) {
            String subCell = hasSub ? sub.cell(i) : "";
            Column column = i == activity - 1 ? Column.NO : i == activity ? Column.ACTIVITY : kind(subCell);
            if (column == Column.NONE && !subCell.isEmpty()) {
                column = Column.ROLE;
            } else if (column == Column.NONE) {
                column = kind(top.cell(i));
            }
            if (column == Column.WAKTU) {
                unit = unit(hasSub && !subCell.isEmpty() ? subCell : top.cell(i));
            }
            columns.add(column);
        }
        if (!columns.contains(Column.WAKTU) && !columns.contains(Column.OUTPUT) && !columns.contains(Column.ROLE)) {
            return Optional.empty();
        }
        return Optional.of(new TableHeader(top.line(), hasSub ? 2 : 1, List.copyOf(columns), unit));
    }

    static boolean isHeader(SourceRow row) {
        int activity = activityColumn(row);
        return activity >= 1 && SourceText.key(row.cell(activity - 1)).equals("no");
    }

    /** The role names, from the row under Pelaksana. */
    List<String> roles(List<SourceRow> rows, int index) {
        SourceRow sub = rows.get(index + this.rows - 1);
        Set<String> names = new LinkedHashSet<>();
        for (int i = 0; i < columns.size(); i++) {
            if (columns.get(i) == Column.ROLE) {
                names.add(SourceText.plain(sub.cell(i)));
            }
        }
        return List.copyOf(names);
    }

    int indexOf(Column column) {
        return columns.indexOf(column);
    }

    private static int activityColumn(SourceRow row) {
        for (int i = 0; i < Math.min(row.cells().size(), 4); i++) {
            if (ACTIVITY_WORDS.contains(SourceText.key(row.cell(i)))) {
                return i;
            }
        }
        return -1;
    }

    static Column kind(String cell) {
        String key = SourceText.key(cell);
        if (key.isEmpty()) {
            return Column.NONE;
        }
        if (key.startsWith("kelengkapan") || key.startsWith("ketersediaan") || key.startsWith("persyaratan")) {
            return Column.KELENGKAPAN;
        }
        if (key.startsWith("waktu")) {
            return Column.WAKTU;
        }
        if (key.startsWith("output") || key.startsWith("keluaran")) {
            return Column.OUTPUT;
        }
        if (key.equals("ket") || key.startsWith("keterangan")) {
            return Column.KETERANGAN;
        }
        return Column.NONE;
    }

    /** "Waktu (Menit)" → menit; a plain "Waktu" → null. */
    private static String unit(String cell) {
        String key = SourceText.key(cell);
        for (String unit : List.of("menit", "jam", "hari")) {
            if (key.length() > "waktu".length() && key.substring("waktu".length()).startsWith(unit)) {
                return unit;
            }
        }
        return null;
    }
}
