package id.patuh.evidence;

import id.patuh.errors.DomainException;
import id.patuh.errors.Refusal;
import id.patuh.messages.Text;

/** An upload that is not kept, with the reason a user can act on, in the language of whoever reads it. */
public final class EvidenceRefused extends DomainException {

    EvidenceRefused(Refusal refusal, Text reason) {
        super(refusal, new Text("evidence.refused.title"), reason);
    }

    static EvidenceRefused notFound() {
        return new EvidenceRefused(Refusal.NOT_FOUND, new Text("evidence.not-found"));
    }
}
