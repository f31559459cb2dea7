package id.patuh.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;

import id.patuh.cases.DataKind;
import id.patuh.messages.Texts;

/**
 * Reads a top-level JSON array one element at a time. After a syntax error the parser cannot
 * find the next element reliably, so reading stops there; the elements before it stand.
 */
final class JsonArrayRowReader implements RowReader {

    private final JsonRowMapper mapper;
    private final JsonFactory json;
    private final IngestProperties limits;
    private final InputStream body;
    private final Deque<ReadResult> pending = new ArrayDeque<>();
    private JsonParser parser;
    private boolean finished;

    JsonArrayRowReader(DataKind kind, InputStream body, IngestProperties limits) {
        this.mapper = new JsonRowMapper(kind, limits.maxFieldLength());
        this.json = RowReaders.jsonFactory(limits);
        this.limits = limits;
        this.body = body;
    }

    @Override
    public ReadResult next() {
        try {
            while (pending.isEmpty() && !finished) {
                readElement();
            }
        } catch (IOException e) {
            // Jackson guesses UTF-16/32 from the first bytes too: such a body that does not decode
            // is bad input (CharConversionException), as is bad syntax; a broken connection is not.
            RowError unreadable = JsonReadErrors.of(e, parser, limits, 1);
            if (unreadable == null) {
                throw new UncheckedIOException(e);
            }
            pending.add(unreadable);
            finished = true;
        }
        return pending.poll();
    }

    private void readElement() throws IOException {
        if (parser == null) {
            parser = json.createParser(body);
            if (!startArray()) {
                finished = true;
                return;
            }
        }
        JsonToken token = parser.nextToken();
        if (token == JsonToken.END_ARRAY || token == null) {
            finished = true;
            return;
        }
        long line = parser.currentTokenLocation().getLineNr();
        pending.addAll(mapper.map(line, parser));
    }

    private boolean startArray() throws IOException {
        JsonToken first = parser.nextToken();
        if (first == JsonToken.START_ARRAY) {
            return true;
        }
        if (first == null) {
            pending.add(new RowError(1, null, null, Texts.id("ingest.file.empty"), Texts.en("ingest.file.empty")));
        } else {
            pending.add(new RowError(parser.currentTokenLocation().getLineNr(), null, null,
                    // braces as an argument: in a pattern they would be read as placeholders
                    Texts.id("ingest.json.not-array", "[ {...}, {...} ]"),
                    Texts.en("ingest.json.not-array", "[ {...}, {...} ]")));
        }
        return false;
    }

    @Override
    public List<RowWarning> warnings() {
        return mapper.warnings();
    }

    @Override
    public void close() throws IOException {
        if (parser != null) {
            parser.close();
        }
        body.close();
    }
}
