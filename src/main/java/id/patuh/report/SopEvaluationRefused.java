package id.patuh.report;

import id.patuh.errors.DomainException;
import id.patuh.errors.Refusal;
import id.patuh.messages.Text;

/** A request about an SOP evaluation form that cannot be served, naming the field (problem detail property {@code field}). */
class SopEvaluationRefused extends DomainException {

    SopEvaluationRefused(Refusal refusal, String field, Text detail) {
        super(refusal, new Text("report.sopEvaluation.refused.title"), detail);
        property("field", field);
    }

    static SopEvaluationRefused notFound(String code) {
        return new SopEvaluationRefused(Refusal.NOT_FOUND, "code", new Text("report.sopEvaluation.notFound", code));
    }

    static SopEvaluationRefused invalid(String field, Text detail) {
        return new SopEvaluationRefused(Refusal.INVALID, field, detail);
    }
}
