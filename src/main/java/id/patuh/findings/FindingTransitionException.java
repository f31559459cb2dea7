package id.patuh.findings;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** A lifecycle change that is not allowed (or a finding that does not exist). */
public class FindingTransitionException extends ErrorResponseException {

    FindingTransitionException(HttpStatus status, String detail) {
        super(status, problem(status, detail), null);
    }

    private static ProblemDetail problem(HttpStatus status, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(switch (status) {
            case NOT_FOUND -> "Temuan tidak ditemukan / finding not found";
            case BAD_REQUEST -> "Permintaan tidak lengkap / incomplete request";
            default -> "Perubahan status tidak diizinkan / status change not allowed";
        });
        return problem;
    }

    @Override
    public String getMessage() {
        return getBody().getDetail();
    }
}
