package id.patuh.ingest;

import java.util.Set;

import id.patuh.cases.DataKind;

/** Hears of an import while it runs: after each stored batch, and as rows are read. */
public interface IngestListener {

    IngestListener NONE = new IngestListener() {
    };

    /** A batch was stored; {@code documentKeys} are the case or subject keys it touched. */
    default void batchStored(DataKind kind, Set<String> documentKeys) {
    }

    /** Rows read so far and how they ended up. */
    default void progress(long rowsRead, long accepted, long duplicates, long rejected) {
    }
}
