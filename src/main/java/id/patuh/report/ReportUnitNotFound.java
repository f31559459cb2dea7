package id.patuh.report;

import id.patuh.errors.DomainException;
import id.patuh.errors.Refusal;

/** A unit the caller may not see is answered as one that does not exist: nothing tells it apart. */
class ReportUnitNotFound extends DomainException {

    ReportUnitNotFound(String unit) {
        super(Refusal.NOT_FOUND, "Unit tidak ditemukan / unit not found",
                "Unit \"" + unit + "\" tidak ditemukan / unit not found");
    }
}
