package id.patuh.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;

import id.patuh.cases.DataKind;
import id.patuh.messages.Texts;

/** Reads JSON Lines: one object per line, each line on its own, so a bad line costs only itself. */
final class NdjsonRowReader implements RowReader {

    private final Utf8CharSource source;
    private final JsonFactory json;
    private final IngestProperties limits;
    private final JsonRowMapper mapper;
    private final int lineLimit;
    private final Deque<ReadResult> pending = new ArrayDeque<>();
    private long lineNo;
    private boolean sawContent;
    private boolean finished;

    NdjsonRowReader(DataKind kind, Utf8CharSource source, IngestProperties limits) {
        this.source = source;
        this.json = RowReaders.jsonFactory(limits);
        this.limits = limits;
        this.mapper = new JsonRowMapper(kind, limits.maxFieldLength());
        this.lineLimit = RowReaders.rowCharLimit(limits.maxFieldLength());
    }

    @Override
    public ReadResult next() {
        try {
            while (pending.isEmpty() && !finished) {
                readLine();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return pending.poll();
    }

    private void readLine() throws IOException {
        StringBuilder text = new StringBuilder();
        boolean tooLong = false;
        int c = source.read();
        if (c == Utf8CharSource.EOF) {
            finished = true;
            if (!sawContent) {
                pending.add(new RowError(1, null, null, Texts.id("ingest.file.empty"), Texts.en("ingest.file.empty")));
            }
            return;
        }
        lineNo++;
        for (; c != Utf8CharSource.EOF && c != '\n'; c = source.read()) {
            if (text.length() < lineLimit) {
                text.append((char) c);
            } else {
                tooLong = true;
            }
        }
        if (!text.isEmpty() && !text.toString().isBlank()) {
            sawContent = true;
            pending.addAll(parse(lineNo, text.toString(), tooLong));
        }
    }

    private List<ReadResult> parse(long line, String text, boolean tooLong) {
        if (tooLong) {
            return List.of(new RowError(line, null, null, Texts.id("ingest.ndjson.line-too-long", lineLimit),
                    Texts.en("ingest.ndjson.line-too-long", lineLimit)));
        }
        if (text.indexOf(Utf8CharSource.MALFORMED) >= 0) {
            return List.of(new RowError(line, null, null, Texts.id("ingest.ndjson.not-utf8"),
                    Texts.en("ingest.ndjson.not-utf8")));
        }
        JsonParser parser = null;
        try {
            parser = json.createParser(text);
            parser.nextToken();
            List<ReadResult> row = mapper.map(line, parser);
            // a line holds one value; anything after it is an error, not a second row
            if (parser.nextToken() != null) {
                return List.of(new RowError(line, null, null, Texts.id("ingest.ndjson.several-values"),
                        Texts.en("ingest.ndjson.several-values")));
            }
            return row;
        } catch (IOException e) {
            RowError unreadable = JsonReadErrors.of(e, parser, limits, line);
            if (unreadable == null) {
                throw new UncheckedIOException(e);
            }
            return List.of(unreadable);
        } finally {
            closeQuietly(parser);
        }
    }

    /** A parser of a string holds no resource, only buffers it hands back on close. */
    private static void closeQuietly(JsonParser parser) {
        try {
            if (parser != null) {
                parser.close();
            }
        } catch (IOException ignored) {
            // nothing to release
        }
    }

    @Override
    public List<RowWarning> warnings() {
        return mapper.warnings();
    }

    @Override
    public void close() throws IOException {
        source.close();
    }
}
