package id.patuh.ingest;

import id.patuh.errors.DomainException;
import id.patuh.errors.Refusal;
import id.patuh.messages.Text;

/**
 * The store became unreachable during an import. Everything {@link #stored()} counts was
 * acknowledged by the store (all rows through {@link #throughLine()}); nothing after that line
 * was acknowledged, though a part of the batch in flight may have reached the store. Sending
 * the same input again is safe: stored rows come back as duplicates, the rest is stored.
 */
public final class IngestInterrupted extends DomainException {

    private final transient IngestReport stored;
    private final long throughLine;

    IngestInterrupted(IngestReport stored, long throughLine, RuntimeException cause) {
        super(Refusal.UNAVAILABLE, new Text("ingest.interrupted.title"), message(stored, throughLine), cause);
        this.stored = stored;
        this.throughLine = throughLine;
        // exactly what the store acknowledged, so the client knows what sending the file again will do
        property("through_line", throughLine);
        property("accepted", stored.accepted());
        property("updated", stored.updated());
        property("duplicates", stored.duplicates());
        property("rejected", stored.rejected());
        property("errors", stored.errors());
    }

    /** The report of the acknowledged part: counts and row errors through {@link #throughLine()}. */
    public IngestReport stored() {
        return stored;
    }

    /** The last line of the input whose row is settled (stored, duplicate or rejected); 0 for none. */
    public long throughLine() {
        return throughLine;
    }

    private static Text message(IngestReport r, long line) {
        if (line == 0) {
            return new Text("ingest.interrupted.nothing-stored");
        }
        return new Text("ingest.interrupted.partly-stored", line, r.accepted(), r.updated(), r.duplicates(),
                r.rejected());
    }
}
