package id.patuh.ingest;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import id.patuh.cases.DataKind;
import id.patuh.messages.Text;
import id.patuh.messages.Texts;

/** The header row of a CSV: its column names, checked against the kind's columns. */
record CsvHeader(List<String> names) {

    CsvHeader {
        names = List.copyOf(names);
    }

    /**
     * The header, or null after queueing the file-level error that stops the file: a header
     * that is not UTF-8, names a column twice or lacks a required column cannot be read safely.
     */
    static CsvHeader read(DataKind kind, long line, List<String> cells,
            Collection<ReadResult> errors, Collection<RowWarning> warnings) {
        List<String> names = cells.stream().map(KindColumns::columnName).toList();
        if (names.stream().anyMatch(n -> n.indexOf(Utf8CharSource.MALFORMED) >= 0)) {
            errors.add(new RowError(line, null, null, Texts.id("ingest.header.not-utf8"),
                    Texts.en("ingest.header.not-utf8")));
            return null;
        }
        Set<String> duplicates = duplicates(names);
        if (!duplicates.isEmpty()) {
            String list = String.join(", ", duplicates);
            errors.add(new RowError(line, null, null, Texts.id("ingest.header.duplicates", list),
                    Texts.en("ingest.header.duplicates", list)));
            return null;
        }
        List<String> missing = KindColumns.required(kind).stream().filter(c -> !names.contains(c)).toList();
        if (!missing.isEmpty()) {
            errors.add(missingColumns(line, names, missing));
            return null;
        }
        List<String> unknown = names.stream()
                .filter(n -> KindColumns.isIgnored(kind, n)).toList();
        if (!unknown.isEmpty()) {
            String shown = RowText.shown(String.join(", ", unknown));
            warnings.add(new RowWarning(line, null, null, Texts.id("ingest.header.unknown", shown),
                    Texts.en("ingest.header.unknown", shown)));
        }
        return new CsvHeader(names);
    }

    /** The cell of {@code column} in a row, or null. */
    String cell(List<String> cells, String column) {
        int i = names.indexOf(column);
        return i >= 0 && i < cells.size() ? cells.get(i) : null;
    }

    private static RowError missingColumns(long line, List<String> names, List<String> missing) {
        String list = String.join(", ", missing);
        // Spreadsheets in an Indonesian locale save "CSV" with semicolons; say so rather than
        // only listing every column as missing.
        boolean semicolons = names.size() == 1 && names.get(0).contains(";");
        Text reason = semicolons ? new Text("ingest.header.missing-semicolons", list)
                : new Text("ingest.header.missing", list);
        return new RowError(line, null, null, reason.id(), reason.en());
    }

    private static Set<String> duplicates(List<String> names) {
        Set<String> seen = new LinkedHashSet<>();
        Set<String> twice = new LinkedHashSet<>();
        for (String name : names) {
            if (!name.isEmpty() && !seen.add(name)) {
                twice.add(name);
            }
        }
        return twice;
    }
}
