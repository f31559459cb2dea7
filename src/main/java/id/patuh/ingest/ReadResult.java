package id.patuh.ingest;

/** What a reader yields per row: the row's fields, or why it could not be read at all. */
public sealed interface ReadResult permits SourceRow, RowError {
}
