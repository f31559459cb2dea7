package id.patuh.report;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** A report parameter (unit, period, half-year, format) that cannot be used: 400 as RFC 9457. */
public class ReportParameterException extends ErrorResponseException {

    private final String detail;

    ReportParameterException(String parameter, String value, String detailId, String detailEn) {
        super(HttpStatus.BAD_REQUEST, problem(parameter, value, detailId + " / " + detailEn), null);
        this.detail = detailId + " / " + detailEn;
    }

    private static ProblemDetail problem(String parameter, String value, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, detail);
        problem.setTitle("Parameter laporan tidak valid / Invalid report parameter");
        problem.setProperty("parameter", parameter);
        problem.setProperty("value", value);
        return problem;
    }

    /** The bilingual message, for the command line. */
    @Override
    public String getMessage() {
        return detail;
    }
}
