package id.patuh.report;

import id.patuh.errors.DomainException;
import id.patuh.errors.Refusal;

/** A report parameter (unit, period, half-year, format) that cannot be used; names the parameter and value. */
public class ReportParameterException extends DomainException {

    ReportParameterException(String parameter, String value, String detailId, String detailEn) {
        super(Refusal.INVALID, "Parameter laporan tidak valid / Invalid report parameter", detailId + " / " + detailEn);
        property("parameter", parameter);
        property("value", value);
    }
}
