package id.patuh.ingest;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Strict UTF-8 characters of a byte stream, one at a time, with a leading BOM dropped.
 *
 * <p>The decoder REPORTs bad bytes instead of replacing them silently, but a bad byte must not
 * end the whole file: each malformed sequence becomes the {@link #MALFORMED} marker, so the
 * row that holds it is rejected and reading goes on. A real U+FFFF (a Unicode noncharacter)
 * in the input becomes U+FFFD, so the marker always means bad bytes.
 */
final class Utf8CharSource implements Closeable {

    static final char MALFORMED = '\uFFFF';
    static final int EOF = -1;

    private static final int BUFFER = 8192;

    private final InputStream in;
    private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    private final ByteBuffer bytes = ByteBuffer.allocate(BUFFER).flip();
    private final CharBuffer chars = CharBuffer.allocate(BUFFER + 1).flip();
    private boolean endOfInput;
    private boolean atStart = true;

    Utf8CharSource(InputStream in) {
        this.in = in;
    }

    /** The next character, {@link #MALFORMED} for a bad byte sequence, or {@link #EOF}. */
    int read() throws IOException {
        if (!chars.hasRemaining() && !fill()) {
            return EOF;
        }
        char c = chars.get();
        if (atStart) {
            atStart = false;
            if (c == '\uFEFF') {
                return read();
            }
        }
        return c;
    }

    private boolean fill() throws IOException {
        chars.clear();
        while (chars.position() == 0) {
            if (!endOfInput) {
                readBytes();
            } else if (!bytes.hasRemaining()) {
                break;
            }
            int from = chars.position();
            CoderResult result = decoder.decode(bytes, chars, endOfInput);
            markRealNoncharacters(from);
            if (result.isError()) {
                bytes.position(bytes.position() + result.length());
                chars.put(MALFORMED);
            }
        }
        chars.flip();
        return chars.hasRemaining();
    }

    private void readBytes() throws IOException {
        bytes.compact();
        int n = in.read(bytes.array(), bytes.position(), bytes.remaining());
        if (n < 0) {
            endOfInput = true;
        } else {
            bytes.position(bytes.position() + n);
        }
        bytes.flip();
    }

    private void markRealNoncharacters(int from) {
        for (int i = from; i < chars.position(); i++) {
            if (chars.get(i) == MALFORMED) {
                chars.put(i, '\uFFFD');
            }
        }
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
