package id.patuh.ingest;

import java.io.CharConversionException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;

/**
 * Reads a top-level JSON array one element at a time. After a syntax error the parser cannot
 * find the next element reliably, so reading stops there; the elements before it stand.
 */
final class JsonArrayRowReader implements RowReader {

    private final JsonRowMapper mapper;
    private final InputStream body;
    private final Deque<ReadResult> pending = new ArrayDeque<>();
    private JsonParser parser;
    private boolean finished;

    JsonArrayRowReader(DataKind kind, InputStream body, IngestProperties limits) {
        this.mapper = new JsonRowMapper(kind, limits.maxFieldLength());
        this.body = body;
    }

    @Override
    public ReadResult next() {
        try {
            while (pending.isEmpty() && !finished) {
                readElement();
            }
        } catch (JsonProcessingException e) {
            pending.add(syntaxError(e));
            finished = true;
        } catch (CharConversionException e) {
            // Jackson guesses UTF-16/32 from the first bytes; such a body that does not decode is
            // bad input (and interchange bodies are UTF-8 anyway), not a server fault.
            pending.add(encodingError(e));
            finished = true;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return pending.poll();
    }

    private void readElement() throws IOException {
        if (parser == null) {
            parser = RowReaders.JSON.createParser(body);
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
        JsonNode node = parser.readValueAsTree();
        pending.addAll(mapper.map(line, node));
    }

    private boolean startArray() throws IOException {
        JsonToken first = parser.nextToken();
        if (first == JsonToken.START_ARRAY) {
            return true;
        }
        if (first == null) {
            pending.add(new RowError(1, null, null, "berkas kosong", "empty file"));
        } else {
            pending.add(new RowError(parser.currentTokenLocation().getLineNr(), null, null,
                    "isi harus berupa array JSON [ {...}, {...} ]", "body must be a JSON array [ {...}, {...} ]"));
        }
        return false;
    }

    private RowError syntaxError(JsonProcessingException e) {
        JsonLocation at = e.getLocation();
        long line = at == null || at.getLineNr() < 1 ? 1 : at.getLineNr();
        String detail = RowText.detail(e.getOriginalMessage());
        return new RowError(line, null, null, "JSON tidak valid: " + detail, "invalid JSON: " + detail);
    }

    private RowError encodingError(CharConversionException e) {
        long line = parser == null ? 1 : Math.max(1, parser.currentLocation().getLineNr());
        String detail = RowText.detail(e.getMessage());
        return new RowError(line, null, null, "JSON tidak valid, simpan sebagai UTF-8: " + detail,
                "invalid JSON, save it as UTF-8: " + detail);
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
