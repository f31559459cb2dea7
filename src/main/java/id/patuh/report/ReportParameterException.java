package id.patuh.report;

import id.patuh.errors.DomainException;
import id.patuh.errors.Refusal;
import id.patuh.messages.Text;

/** A report parameter (unit, period, half-year, format) that cannot be used; names the parameter and value. */
public class ReportParameterException extends DomainException {

    ReportParameterException(String parameter, String value, Text detail) {
        super(Refusal.INVALID, new Text("report.parameter.title"), detail);
        property("parameter", parameter);
        property("value", value);
    }
}
