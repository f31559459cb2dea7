package id.patuh.report;

import id.patuh.errors.DomainException;
import id.patuh.errors.Refusal;
import id.patuh.messages.Text;

/** A unit the caller may not see is answered as one that does not exist: nothing tells it apart. */
class ReportUnitNotFound extends DomainException {

    ReportUnitNotFound(String unit) {
        super(Refusal.NOT_FOUND, new Text("report.unit.notFound.title"), new Text("report.unit.notFound", unit));
    }
}
