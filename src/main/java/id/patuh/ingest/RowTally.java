package id.patuh.ingest;

import java.util.ArrayList;
import java.util.List;

import id.patuh.cases.DataKind;

/**
 * What one import has counted so far — accepted, updated, duplicate and rejected rows, the row
 * errors and warnings (the first {@link IngestRun#MAX_REPORTED} of each) — and what the store had
 * acknowledged when the last batch was written, which is all an interrupted import may claim.
 */
final class RowTally {

    private final String kind;
    private final List<RowError> errors = new ArrayList<>();
    private final List<RowWarning> warnings = new ArrayList<>();
    private long accepted;
    private long updated;
    private long duplicates;
    private long rejected;
    private Settled settled = Settled.NOTHING;

    RowTally(DataKind kind) {
        this.kind = kind.name().toLowerCase();
    }

    void accepted(long rows) {
        accepted += rows;
    }

    void updated(long rows) {
        updated += rows;
    }

    void duplicate() {
        duplicates++;
    }

    void reject(RowError error) {
        rejected++;
        if (errors.size() < IngestRun.MAX_REPORTED) {
            errors.add(error);
        }
    }

    void warn(RowWarning warning) {
        if (warnings.size() < IngestRun.MAX_REPORTED) {
            warnings.add(warning);
        }
    }

    long accepted() {
        return accepted;
    }

    long duplicates() {
        return duplicates;
    }

    long rejected() {
        return rejected;
    }

    /** The store acknowledged everything counted so far, through {@code line}. */
    void settle(long line) {
        settled = new Settled(line, accepted, updated, duplicates, rejected, errors.size());
    }

    long settledLine() {
        return settled.line();
    }

    /** The report of a finished import; {@code stopped} when a limit ended it early. */
    IngestReport report(String source, IngestLimitExceeded stopped) {
        return new IngestReport(kind, source, accepted, updated, duplicates, rejected, List.copyOf(errors),
                rejected > errors.size(), List.copyOf(warnings), stopped == null ? null : stopped.getMessage(),
                stopped == null ? null : stopped.reasonEn());
    }

    /** The report of what was settled before the store went away. */
    IngestReport settledReport(String source) {
        List<RowError> settledErrors = List.copyOf(errors.subList(0, settled.errors()));
        return new IngestReport(kind, source, settled.accepted(), settled.updated(), settled.duplicates(),
                settled.rejected(), settledErrors, settled.rejected() > settledErrors.size(), List.of(), null, null);
    }

    private record Settled(long line, long accepted, long updated, long duplicates, long rejected, int errors) {
        static final Settled NOTHING = new Settled(0, 0, 0, 0, 0, 0);
    }
}
