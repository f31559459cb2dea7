package id.patuh.ingest;

import java.io.Closeable;
import java.io.IOException;

/**
 * Cuts a CSV body into the text of its records, tracking the physical line each starts on.
 *
 * <p>Only the record boundaries are found here (a line break outside quotes, with RFC 4180's
 * quoting rules); the cells are split by Commons CSV afterwards, one record at a time. That
 * keeps line numbers exact and lets one badly quoted row fail alone instead of ending the
 * file. A record longer than the limit is not kept in memory: only the fact that it was too
 * long is reported.
 */
final class CsvRecordScanner implements Closeable {

    /** One record's text without its line break, or why it cannot be split into cells. */
    record RecordText(long line, String text, boolean tooLong, boolean unterminatedQuote) {
    }

    private enum State { FIELD_START, UNQUOTED, QUOTED, QUOTE_IN_QUOTED }

    private final Utf8CharSource source;
    private final int limit;
    /** The cell separator: a comma, or a semicolon once the header showed one (see {@link CsvSeparator}). */
    private char separator = ',';
    private long line = 1;
    private int pushedBack = Utf8CharSource.EOF - 1;

    CsvRecordScanner(Utf8CharSource source, int limit) {
        this.source = source;
        this.limit = limit;
    }

    /** Records after this call are cut with {@code separator} between their cells. */
    void separator(char separator) {
        this.separator = separator;
    }

    /** The next non-blank record, or null at the end of the body. */
    RecordText next() throws IOException {
        StringBuilder text = new StringBuilder();
        State state = State.FIELD_START;
        long start = line;
        boolean tooLong = false;
        for (int c = read(); c != Utf8CharSource.EOF; c = read()) {
            if (c == '\r' || c == '\n') {
                boolean crlf = c == '\r' && followedByLf();
                line++;
                if (state != State.QUOTED) {
                    if (!text.isEmpty()) {
                        return new RecordText(start, text.toString(), tooLong, false);
                    }
                    start = line;
                    continue;
                }
                tooLong |= !append(text, (char) c);
                tooLong |= crlf && !append(text, '\n');
            } else {
                state = next(state, (char) c);
                tooLong |= !append(text, (char) c);
            }
        }
        boolean blank = text.isEmpty() && state == State.FIELD_START;
        return blank ? null : new RecordText(start, text.toString(), tooLong, state == State.QUOTED);
    }

    private State next(State state, char c) {
        return switch (state) {
            case FIELD_START -> c == '"' ? State.QUOTED : c == separator ? State.FIELD_START : State.UNQUOTED;
            case UNQUOTED -> c == separator ? State.FIELD_START : State.UNQUOTED;
            case QUOTED -> c == '"' ? State.QUOTE_IN_QUOTED : State.QUOTED;
            // "" is an escaped quote; anything but a comma after a closing quote is malformed,
            // which Commons CSV reports when it splits the record.
            case QUOTE_IN_QUOTED -> c == '"' ? State.QUOTED : c == separator ? State.FIELD_START : State.UNQUOTED;
        };
    }

    /** Whether the CR just read is the first half of a CRLF; consumes the LF if so. */
    private boolean followedByLf() throws IOException {
        int after = read();
        if (after == '\n') {
            return true;
        }
        pushedBack = after;
        return false;
    }

    private boolean append(StringBuilder text, char c) {
        if (text.length() >= limit) {
            return false;
        }
        text.append(c);
        return true;
    }

    private int read() throws IOException {
        if (pushedBack >= Utf8CharSource.EOF) {
            int c = pushedBack;
            pushedBack = Utf8CharSource.EOF - 1;
            return c;
        }
        return source.read();
    }

    @Override
    public void close() throws IOException {
        source.close();
    }
}
