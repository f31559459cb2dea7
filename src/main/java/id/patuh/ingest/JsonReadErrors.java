package id.patuh.ingest;

import java.io.CharConversionException;
import java.io.IOException;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.io.JsonEOFException;

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
            return new RowError(line, null, null, "JSON tidak valid: bukan UTF-8; simpan berkas sebagai UTF-8",
                    "invalid JSON: not UTF-8; save the file as UTF-8");
        }
        if (e instanceof JsonEOFException) {
            return new RowError(line, null, null,
                    "JSON tidak valid: terpotong, berakhir sebelum semua objek dan array ditutup",
                    "invalid JSON: cut short, it ends before every object and array is closed");
        }
        if (e instanceof JsonProcessingException) {
            long column = column(e, parser);
            return new RowError(line, null, null, "JSON tidak valid di baris " + line + ", kolom " + column
                    + ": periksa tanda kutip, koma, titik dua dan kurung",
                    "invalid JSON at line " + line + ", column " + column
                            + ": check quotes, commas, colons and brackets");
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
            return new RowError(line, null, field, name + "angka di luar batas: lebih dari " + chars + " karakter",
                    name + "number out of range: more than " + chars + " characters");
        }
        if (message.startsWith("String value length") || message.startsWith("Name length")) {
            return new RowError(line, null, field, name + "terlalu panjang, lebih dari " + chars + " karakter",
                    name + "too long, more than " + chars + " characters");
        }
        if (message.contains("nesting depth")) {
            return new RowError(line, null, field, name + "JSON bersarang lebih dari " + RowReaders.MAX_JSON_DEPTH
                    + " tingkat; satu baris adalah satu objek dengan nilai teks, angka atau boolean",
                    name + "JSON nested deeper than " + RowReaders.MAX_JSON_DEPTH
                            + " levels; a row is one object of strings, numbers or booleans");
        }
        return new RowError(line, null, field, "JSON tidak valid: melebihi batas pembacaan",
                "invalid JSON: beyond the reading limits");
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
