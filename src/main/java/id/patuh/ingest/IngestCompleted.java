package id.patuh.ingest;

/**
 * Published when an import has ended (for metrics and the security audit log), also when the
 * store cut it short: then {@code report} counts what the store acknowledged before the outage.
 */
public record IngestCompleted(IngestReport report, ImportStatus status) {

    public IngestCompleted(IngestReport report) {
        this(report, ImportStatus.COMPLETE);
    }

    public boolean interrupted() {
        return status == ImportStatus.INTERRUPTED;
    }
}
