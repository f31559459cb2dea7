package id.patuh.ingest;

import java.io.Closeable;
import java.util.List;

/**
 * A streaming reader of one input body: yields rows one at a time and never holds the whole
 * body in memory.
 */
public interface RowReader extends Closeable {

    /** The next row or row error, or null at the end of the input. */
    ReadResult next();

    /** File-level warnings gathered so far (e.g. unknown columns). */
    List<RowWarning> warnings();
}
