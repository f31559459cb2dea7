package id.patuh.ingest;

import java.io.IOException;
import java.nio.CharBuffer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.io.JsonEOFException;

import id.patuh.cases.DataKind;
import id.patuh.messages.Text;
import id.patuh.messages.Texts;

/**
 * Turns one JSON object of a JSON array or JSON Lines body into a row: scalar values become
 * their text, as a CSV cell would carry them ({@code 12.5} stays {@code "12.5"}).
 *
 * <p>The object is read token by token, not as a tree: a number stays the text it was sent as
 * until {@link NumberBounds} has judged it, so {@code 1e999999999} is a row error naming its
 * field instead of a billion-digit string; and an object spanning more than the row limit
 * stops being kept as soon as it passes the limit.
 */
final class JsonRowMapper {

    /** Unknown keys are warned about once each; past this many, a flood of keys stops adding warnings. */
    private static final int MAX_UNKNOWN_WARNINGS = 100;

    private final DataKind kind;
    private final int maxFieldLength;
    private final int maxRowChars;
    private final Set<String> unknownSeen = new HashSet<>();
    private final List<RowWarning> warnings = new ArrayList<>();

    JsonRowMapper(DataKind kind, int maxFieldLength) {
        this.kind = kind;
        this.maxFieldLength = maxFieldLength;
        this.maxRowChars = RowReaders.rowCharLimit(maxFieldLength);
    }

    /**
     * The row of the value at the parser's current token, or the errors of its fields. The
     * value is consumed through its last token.
     */
    List<ReadResult> map(long line, JsonParser parser) throws IOException {
        if (parser.currentToken() != JsonToken.START_OBJECT) {
            String shown = JsonExcerpt.read(parser, maxFieldLength).shown();
            return List.of(new RowError(line, null, null, Texts.id("ingest.json.not-object", shown),
                    Texts.en("ingest.json.not-object", shown)));
        }
        long start = offset(parser);
        Map<String, String> fields = new LinkedHashMap<>();
        List<RowError> errors = new ArrayList<>();
        boolean tooLong = false;
        for (JsonToken t = parser.nextToken(); t != JsonToken.END_OBJECT; t = parser.nextToken()) {
            if (t == null) {
                throw new JsonEOFException(parser, null, "end of input inside an object");
            }
            String name = KindColumns.columnName(parser.currentName());
            parser.nextToken();
            if (tooLong) {
                parser.skipChildren();
                continue;
            }
            field(line, name, parser, fields, errors);
            tooLong = offset(parser) - start > maxRowChars;
        }
        if (tooLong) {
            return List.of(new RowError(line, null, null, Texts.id("ingest.csv.row-too-long", maxRowChars),
                    Texts.en("ingest.csv.row-too-long", maxRowChars)));
        }
        String id = RowText.idOrNull(fields.get(kind.idColumn()));
        fields.keySet().forEach(name -> warnIfUnknown(line, id, name));
        if (errors.isEmpty()) {
            return List.of(new SourceRow(line, fields));
        }
        return errors.stream().<ReadResult>map(e -> new RowError(e.line(), id, e.field(), e.reason(), e.reasonEn()))
                .toList();
    }

    List<RowWarning> warnings() {
        return List.copyOf(warnings);
    }

    /** The text of one field into {@code fields}, or its error into {@code errors}. */
    private void field(long line, String name, JsonParser parser, Map<String, String> fields, List<RowError> errors)
            throws IOException {
        JsonToken value = parser.currentToken();
        String text;
        if (value == JsonToken.VALUE_NULL) {
            return;
        } else if (value == JsonToken.VALUE_NUMBER_INT || value == JsonToken.VALUE_NUMBER_FLOAT) {
            // the number's characters in the parser's own buffer: judged before any copy or BigDecimal
            CharSequence number = CharBuffer.wrap(parser.getTextCharacters(), parser.getTextOffset(),
                    parser.getTextLength());
            Optional<RowError> outOfBounds = NumberBounds.check(line, null, name, number);
            if (outOfBounds.isPresent()) {
                errors.add(outOfBounds.get());
                return;
            }
            text = NumberBounds.plain(number);
        } else if (value.isScalarValue()) {
            text = parser.getText();
        } else {
            JsonExcerpt excerpt = JsonExcerpt.read(parser, maxFieldLength);
            if (!"kelengkapan".equals(name) || excerpt.joined() == null) {
                errors.add(notScalar(line, name, value == JsonToken.START_ARRAY, excerpt.shown()));
                return;
            }
            text = excerpt.joined();
        }
        CellChecks.check(line, null, name, text, maxFieldLength).ifPresent(errors::add);
        fields.put(name, text);
    }

    private static RowError notScalar(long line, String name, boolean array, String shown) {
        Text reason = array ? new Text("ingest.json.not-scalar-array", name, shown)
                : new Text("ingest.json.not-scalar-object", name, shown);
        return new RowError(line, null, name, reason.id(), reason.en());
    }

    /** Where the parser is, in bytes or characters (whichever its input counts). */
    private static long offset(JsonParser parser) {
        JsonLocation at = parser.currentLocation();
        return Math.max(at.getByteOffset(), at.getCharOffset());
    }

    private void warnIfUnknown(long line, String id, String name) {
        if (KindColumns.isIgnored(kind, name) && unknownSeen.size() < MAX_UNKNOWN_WARNINGS
                && unknownSeen.add(name)) {
            String shown = RowText.shown(name);
            warnings.add(new RowWarning(line, id, shown, Texts.id("ingest.json.unknown-column", shown),
                    Texts.en("ingest.json.unknown-column", shown)));
        }
    }
}
