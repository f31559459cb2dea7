package id.patuh.ingest;

import java.io.CharConversionException;
import java.io.IOException;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.io.JsonEOFException;

import id.patuh.messages.Text;

/**
 * What went wrong reading a JSON body, in our own words. Jackson's messages name its classes,
 * its configuration ({@code StreamReadConstraints.getMaxNumberLength()}) and quote the source;
 * none of that reaches a user. The exception only chooses which of these sentences applies,
 * and the parser says where (line, and the field it was in).
 */
final class JsonReadErrors {

    private JsonReadErrors() {
    }

    /**
     * The row error for a failure while {@code parser} read, or null when the failure is not
     * about the body (an I/O error of the connection), which the caller rethrows.
     *
     * @param firstLine the line of the body where the parser's input starts (a JSON Lines line)
     */
    static RowError of(IOException e, JsonParser parser, IngestProperties limits, long firstLine) {
        long line = firstLine - 1 + line(e, parser);
        if (e instanceof StreamConstraintsException limit) {
            return beyondLimit(limit, line, field(parser), limits);
        }
        if (e instanceof CharConversionException || e instanceof JsonProcessingException json
                && json.getOriginalMessage() != null && json.getOriginalMessage().contains("UTF-")) {
            return error(line, null, new Text("ingest.json.not-utf8"));
        }
        if (e instanceof JsonEOFException) {
            return error(line, null, new Text("ingest.json.cut-short"));
        }
        if (e instanceof JsonProcessingException) {
            long column = column(e, parser);
            return error(line, null, new Text("ingest.json.invalid-at", line, column));
        }
        return null;
    }

    /** A number, text or nesting past the reader's bounds ({@link RowReaders#jsonFactory}). */
    private static RowError beyondLimit(StreamConstraintsException e, long line, String field,
            IngestProperties limits) {
        String message = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
        int chars = RowReaders.rowCharLimit(limits.maxFieldLength());
        String name = field == null ? "" : field + ": ";
        if (message.startsWith("Number value length")) {
            return error(line, field, new Text("ingest.json.number-too-long", name, chars));
        }
        if (message.startsWith("String value length") || message.startsWith("Name length")) {
            return error(line, field, new Text("ingest.json.text-too-long", name, chars));
        }
        if (message.contains("nesting depth")) {
            return error(line, field, new Text("ingest.json.too-deep", name, RowReaders.MAX_JSON_DEPTH));
        }
        return error(line, field, new Text("ingest.json.beyond-limits"));
    }

    /** Row errors keep both languages. */
    private static RowError error(long line, String field, Text reason) {
        return new RowError(line, null, field, reason.id(), reason.en());
    }

    /** The row's field the parser was in: the name in the outermost object, however deep below it. */
    private static String field(JsonParser parser) {
        String name = null;
        for (JsonStreamContext at = parser == null ? null : parser.getParsingContext(); at != null; at = at.getParent()) {
            if (at.inObject() && at.getCurrentName() != null) {
                name = at.getCurrentName();
            }
        }
        return name == null ? null : RowText.shown(KindColumns.columnName(name));
    }

    private static long line(IOException e, JsonParser parser) {
        JsonLocation at = e instanceof JsonProcessingException json ? json.getLocation() : null;
        if ((at == null || at.getLineNr() < 1) && parser != null) {
            at = parser.currentLocation();
        }
        return at == null || at.getLineNr() < 1 ? 1 : at.getLineNr();
    }

    private static long column(IOException e, JsonParser parser) {
        JsonLocation at = e instanceof JsonProcessingException json ? json.getLocation() : null;
        if ((at == null || at.getColumnNr() < 1) && parser != null) {
            at = parser.currentLocation();
        }
        return at == null || at.getColumnNr() < 1 ? 1 : at.getColumnNr();
    }
}
