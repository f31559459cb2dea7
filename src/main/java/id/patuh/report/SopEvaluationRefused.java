package id.patuh.report;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** A request about an SOP evaluation form that cannot be served: RFC 9457, naming the field. */
class SopEvaluationRefused extends ErrorResponseException {

    private final String detail;

    SopEvaluationRefused(HttpStatus status, String field, String detailId, String detailEn) {
        super(status, problem(status, field, detailId + " / " + detailEn), null);
        this.detail = detailId + " / " + detailEn;
    }

    static SopEvaluationRefused notFound(String code) {
        return new SopEvaluationRefused(HttpStatus.NOT_FOUND, "code", "SOP \"" + code + "\" tidak ada atau bukan untuk "
                + "unit Anda", "SOP \"" + code + "\" does not exist or is not one of your units'");
    }

    static SopEvaluationRefused invalid(String field, String detailId, String detailEn) {
        return new SopEvaluationRefused(HttpStatus.BAD_REQUEST, field, detailId, detailEn);
    }

    private static ProblemDetail problem(HttpStatus status, String field, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle("Formulir evaluasi SOP ditolak / SOP evaluation form refused");
        problem.setProperty("field", field);
        return problem;
    }

    @Override
    public String getMessage() {
        return detail;
    }
}
