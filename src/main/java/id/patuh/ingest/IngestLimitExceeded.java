package id.patuh.ingest;

/** Reading stopped at a configured limit (request size or rows); what came before is stored. */
final class IngestLimitExceeded extends RuntimeException {

    private final String reasonEn;

    IngestLimitExceeded(String reason, String reasonEn) {
        super(reason);
        this.reasonEn = reasonEn;
    }

    String reasonEn() {
        return reasonEn;
    }
}
