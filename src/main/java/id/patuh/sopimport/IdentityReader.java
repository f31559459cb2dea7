package id.patuh.sopimport;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The header block: "Nomor SOP", "Tanggal Pembuatan", "Tanggal Revisi", "Tanggal Efektif" (or
 * "Tanggal Pengesahan"), "Disahkan Oleh", "Nama SOP". The value is the rest of the label's cell,
 * or the next cell that is not a lone colon.
 */
final class IdentityReader {

    enum Label {
        NOMOR("nomor(\\s+urut)?\\s+sop|no\\.?\\s+sop"),
        PEMBUATAN("(tanggal|tgl\\.?)\\s+pembuatan"),
        REVISI("(tanggal|tgl\\.?)\\s+revisi"),
        EFEKTIF("(tanggal|tgl\\.?)\\s+(efektif|pengesahan)"),
        DISAHKAN("disahkan\\s+oleh"),
        NAMA("nama\\s+sop");

        final Pattern pattern;

        Label(String regex) {
            this.pattern = Pattern.compile("(?i)^(" + regex + ")\\s*:?\\s*(.*)$");
        }
    }

    /** A label's value and the line it was read from. */
    record Value(String text, int line) {
    }

    Map<Label, Value> read(List<SourceRow> rows) {
        Map<Label, Value> values = new EnumMap<>(Label.class);
        for (SourceRow row : rows) {
            for (int i = 0; i < row.cells().size(); i++) {
                String cell = SourceText.plain(row.cell(i));
                for (Label label : Label.values()) {
                    Matcher matcher = label.pattern.matcher(cell);
                    if (matcher.matches() && !values.containsKey(label)) {
                        String inCell = matcher.group(matcher.groupCount()).replaceFirst("^:\\s*", "");
                        String value = inCell.isBlank() ? nextCell(row, i) : inCell;
                        values.put(label, new Value(value, row.line()));
                    }
                }
            }
        }
        return values;
    }

    /** Whether the row is part of the header block (it ends a list section). */
    static boolean isLabelRow(SourceRow row) {
        return row.cells().stream().map(SourceText::plain)
                .anyMatch(c -> java.util.Arrays.stream(Label.values()).anyMatch(l -> l.pattern.matcher(c).matches()));
    }

    private static String nextCell(SourceRow row, int index) {
        for (int j = index + 1; j < row.cells().size(); j++) {
            String raw = row.cell(j);
            String plain = SourceText.plain(raw);
            if (plain.isEmpty() || plain.equals(":")) {
                continue;
            }
            boolean label = java.util.Arrays.stream(Label.values()).anyMatch(l -> l.pattern.matcher(plain).matches());
            return label ? null : raw.replaceFirst("^\\s*:\\s*", "");
        }
        return null;
    }

    static Optional<Value> get(Map<Label, Value> values, Label label) {
        Value value = values.get(label);
        return value == null || value.text() == null || SourceText.plain(value.text()).isEmpty()
                ? Optional.empty() : Optional.of(value);
    }
}
