package id.patuh.ingest;

import java.util.List;

import id.patuh.cases.IngestRecord;

/**
 * A row after validation: a record (when {@code errors} is empty) plus any warnings.
 *
 * @param record null when the row was rejected
 */
record ValidatedRow(long line, IngestRecord record, List<RowError> errors, List<RowWarning> warnings) {

    public ValidatedRow {
        errors = List.copyOf(errors);
        warnings = List.copyOf(warnings);
    }

    public boolean accepted() {
        return record != null && errors.isEmpty();
    }
}
