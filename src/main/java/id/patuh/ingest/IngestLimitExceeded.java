package id.patuh.ingest;

import id.patuh.messages.Text;

/**
 * Reading stopped at a configured limit (request size or rows); what came before is stored. The
 * report keeps the reason in both languages, so the exception carries both.
 */
final class IngestLimitExceeded extends RuntimeException {

    private final String reasonEn;

    IngestLimitExceeded(Text reason) {
        super(reason.id());
        this.reasonEn = reason.en();
    }

    String reasonEn() {
        return reasonEn;
    }
}
