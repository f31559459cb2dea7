package id.patuh.ingest;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Turns one JSON object of a JSON array or JSON Lines body into a row: scalar values become
 * their text, as a CSV cell would carry them ({@code 12.5} stays {@code "12.5"}).
 */
final class JsonRowMapper {

    /** Unknown keys are warned about once each; past this many, a flood of keys stops adding warnings. */
    private static final int MAX_UNKNOWN_WARNINGS = 100;

    private final DataKind kind;
    private final int maxFieldLength;
    private final Set<String> unknownSeen = new HashSet<>();
    private final List<RowWarning> warnings = new ArrayList<>();

    JsonRowMapper(DataKind kind, int maxFieldLength) {
        this.kind = kind;
        this.maxFieldLength = maxFieldLength;
    }

    /** The row of {@code node}, or the errors of its fields. */
    List<ReadResult> map(long line, JsonNode node) {
        if (!node.isObject()) {
            return List.of(new RowError(line, null, null,
                    "elemen bukan objek JSON (nilai: " + RowText.shown(node.toString()) + ")",
                    "element is not a JSON object (value: " + RowText.shown(node.toString()) + ")"));
        }
        String id = node.hasNonNull(kind.idColumn()) ? RowText.idOrNull(node.get(kind.idColumn()).asText()) : null;
        Map<String, String> fields = new LinkedHashMap<>();
        List<ReadResult> errors = new ArrayList<>();
        for (Map.Entry<String, JsonNode> entry : node.properties()) {
            String name = KindColumns.columnName(entry.getKey());
            JsonNode value = entry.getValue();
            String text = text(name, value);
            if (text == null && !value.isNull()) {
                errors.add(new RowError(line, id, name,
                        name + ": harus teks, angka atau boolean, bukan " + (value.isArray() ? "array" : "objek") + " (nilai: "
                                + RowText.shown(value.toString()) + ")",
                        name + ": must be a string, number or boolean, not " + (value.isArray() ? "an array" : "an object")
                                + " (value: "
                                + RowText.shown(value.toString()) + ")"));
            } else if (text != null) {
                CellChecks.check(line, id, name, text, maxFieldLength).ifPresent(errors::add);
                fields.put(name, text);
                warnIfUnknown(line, id, name);
            }
        }
        return errors.isEmpty() ? List.of(new SourceRow(line, fields)) : errors;
    }

    List<RowWarning> warnings() {
        return List.copyOf(warnings);
    }

    /** The cell text of a value, or null for null and for values no cell can hold. */
    private static String text(String name, JsonNode value) {
        if (value.isTextual() || value.isBoolean()) {
            return value.asText();
        }
        if (value.isNumber()) {
            return value.isIntegralNumber() ? value.bigIntegerValue().toString() : value.decimalValue().toPlainString();
        }
        if (value.isArray() && "kelengkapan".equals(name)) {
            StringJoiner joined = new StringJoiner(";");
            for (JsonNode item : value) {
                if (!item.isTextual()) {
                    return null;
                }
                joined.add(item.asText());
            }
            return joined.toString();
        }
        return null;
    }

    private void warnIfUnknown(long line, String id, String name) {
        if (KindColumns.isIgnored(kind, name) && unknownSeen.size() < MAX_UNKNOWN_WARNINGS
                && unknownSeen.add(name)) {
            warnings.add(new RowWarning(line, id, RowText.shown(name),
                    "kolom tidak dikenal diabaikan: " + RowText.shown(name),
                    "unknown column ignored: " + RowText.shown(name)));
        }
    }
}
