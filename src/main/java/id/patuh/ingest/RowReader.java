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

    /**
     * A validation error of one of this reader's rows, with where the operator finds the row
     * (a workbook names its sheet); readers of plain files leave it as it is.
     */
    default RowError located(RowError error) {
        return error;
    }
}
