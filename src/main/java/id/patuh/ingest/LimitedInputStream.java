package id.patuh.ingest;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

import id.patuh.messages.Text;

/**
 * Counts the bytes read and fails once more than the limit have come, for bodies whose size
 * is not known up front (chunked uploads). Parsers may wrap the exception, so the ingest run
 * also asks {@link #exceeded()} when a reader stops.
 */
final class LimitedInputStream extends FilterInputStream {

    private final long limit;
    private long count;
    private boolean exceeded;

    LimitedInputStream(InputStream in, long limit) {
        super(in);
        this.limit = limit;
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
            count(1);
        }
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int n = super.read(buffer, offset, length);
        if (n > 0) {
            count(n);
        }
        return n;
    }

    private void count(long n) {
        count += n;
        if (count > limit) {
            exceeded = true;
            throw tooLarge(limit);
        }
    }

    boolean exceeded() {
        return exceeded;
    }

    long limit() {
        return limit;
    }

    long bytesRead() {
        return count;
    }

    static IngestLimitExceeded tooLarge(long limit) {
        return new IngestLimitExceeded(new Text("ingest.limit.bytes", limit));
    }
}
