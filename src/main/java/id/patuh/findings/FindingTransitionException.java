package id.patuh.findings;

import id.patuh.errors.DomainException;
import id.patuh.errors.Refusal;

/** A lifecycle change that is not allowed (or a finding that does not exist). */
public class FindingTransitionException extends DomainException {

    FindingTransitionException(Refusal refusal, String detail) {
        super(refusal, title(refusal), detail);
    }

    private static String title(Refusal refusal) {
        return switch (refusal) {
            case NOT_FOUND -> "Temuan tidak ditemukan / finding not found";
            case INVALID -> "Permintaan tidak lengkap / incomplete request";
            default -> "Perubahan status tidak diizinkan / status change not allowed";
        };
    }
}
