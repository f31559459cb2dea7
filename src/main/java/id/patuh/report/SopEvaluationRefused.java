package id.patuh.report;

import id.patuh.errors.DomainException;
import id.patuh.errors.Refusal;

/** A request about an SOP evaluation form that cannot be served, naming the field (problem detail property {@code field}). */
class SopEvaluationRefused extends DomainException {

    SopEvaluationRefused(Refusal refusal, String field, String detailId, String detailEn) {
        super(refusal, "Formulir evaluasi SOP ditolak / SOP evaluation form refused", detailId + " / " + detailEn);
        property("field", field);
    }

    static SopEvaluationRefused notFound(String code) {
        return new SopEvaluationRefused(Refusal.NOT_FOUND, "code", "SOP \"" + code + "\" tidak ada atau bukan untuk "
                + "unit Anda", "SOP \"" + code + "\" does not exist or is not one of your units'");
    }

    static SopEvaluationRefused invalid(String field, String detailId, String detailEn) {
        return new SopEvaluationRefused(Refusal.INVALID, field, detailId, detailEn);
    }
}
