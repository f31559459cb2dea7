package id.patuh.ingest;

/** Published when an import has ended (for metrics and the security audit log). */
public record IngestCompleted(IngestReport report) {
}
