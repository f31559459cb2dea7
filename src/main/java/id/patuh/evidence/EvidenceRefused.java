package id.patuh.evidence;

import id.patuh.errors.DomainException;
import id.patuh.errors.Refusal;

/** An upload that is not kept, with the reason a user can act on. */
public final class EvidenceRefused extends DomainException {

    EvidenceRefused(Refusal refusal, String message, String messageEn) {
        super(refusal, "Bukti ditolak / evidence refused", message + " / " + messageEn);
    }

    static EvidenceRefused notFound() {
        return new EvidenceRefused(Refusal.NOT_FOUND, "bukti tidak ditemukan", "evidence not found");
    }
}
