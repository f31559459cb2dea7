package id.patuh.evidence;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** An upload that is not kept, with the reason a user can act on (an RFC 9457 problem). */
public final class EvidenceRefused extends ErrorResponseException {

    EvidenceRefused(HttpStatus status, String message, String messageEn) {
        super(status, problem(status, message, messageEn), null);
    }

    private static ProblemDetail problem(HttpStatus status, String message, String messageEn) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, message + " / " + messageEn);
        problem.setTitle("Bukti ditolak / evidence refused");
        return problem;
    }

    static EvidenceRefused notFound() {
        return new EvidenceRefused(HttpStatus.NOT_FOUND, "bukti tidak ditemukan", "evidence not found");
    }
}
