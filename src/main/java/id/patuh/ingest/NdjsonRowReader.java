package id.patuh.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;

/** Reads JSON Lines: one object per line, each line on its own, so a bad line costs only itself. */
final class NdjsonRowReader implements RowReader {

    /** A line holds one object; anything after it is an error, not a second row. */
    private static final ObjectReader LINE = RowReaders.JSON.reader()
            .with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    private final Utf8CharSource source;
    private final JsonRowMapper mapper;
    private final int lineLimit;
    private final Deque<ReadResult> pending = new ArrayDeque<>();
    private long lineNo;
    private boolean sawContent;
    private boolean finished;

    NdjsonRowReader(DataKind kind, Utf8CharSource source, IngestProperties limits) {
        this.source = source;
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
                pending.add(new RowError(1, null, null, "berkas kosong", "empty file"));
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
            return List.of(new RowError(line, null, null,
                    "baris terlalu panjang (lebih dari " + lineLimit + " karakter)",
                    "line too long (more than " + lineLimit + " characters)"));
        }
        if (text.indexOf(Utf8CharSource.MALFORMED) >= 0) {
            return List.of(new RowError(line, null, null, "baris bukan UTF-8; simpan berkas sebagai UTF-8",
                    "line is not UTF-8; save the file as UTF-8"));
        }
        try {
            JsonNode node = LINE.readTree(text);
            return mapper.map(line, node);
        } catch (JsonProcessingException e) {
            String detail = RowText.detail(e.getOriginalMessage());
            return List.of(new RowError(line, null, null, "JSON tidak valid: " + detail, "invalid JSON: " + detail));
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
