package id.patuh.ingest;

import id.patuh.cases.DataKind;
import id.patuh.errors.DomainException;
import id.patuh.errors.Refusal;
import id.patuh.messages.Text;

/** A request body refused before a row is read: nothing of it was stored. */
final class IngestRefused extends DomainException {

    private IngestRefused(Refusal refusal, Text title, Text detail) {
        super(refusal, title, detail);
    }

    /** XES is offered only where it can be read: for activities. */
    static IngestRefused unsupported(String contentType, DataKind kind) {
        Text detail = kind == DataKind.ACTIVITIES
                ? new Text("ingest.refused.unsupported.detail-xes", contentType, IngestMediaTypes.XLSX)
                : new Text("ingest.refused.unsupported.detail", contentType, IngestMediaTypes.XLSX);
        return new IngestRefused(Refusal.UNSUPPORTED_TYPE, new Text("ingest.refused.unsupported.title"), detail);
    }

    static IngestRefused tooLarge(long bytes, long maxBytes) {
        return new IngestRefused(Refusal.TOO_LARGE, new Text("ingest.refused.too-large.title"),
                new Text("ingest.refused.too-large.detail", bytes, maxBytes));
    }
}
