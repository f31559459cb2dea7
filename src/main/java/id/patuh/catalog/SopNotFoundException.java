package id.patuh.catalog;

import id.patuh.errors.DomainException;
import id.patuh.errors.Refusal;
import id.patuh.messages.Text;

/** No SOP (or no version of it) with this code in the catalog. */
public class SopNotFoundException extends DomainException {

    /** @param code the SOP code, or {@code code@tanggal_efektif} for one version */
    public SopNotFoundException(String code) {
        super(Refusal.NOT_FOUND, new Text("catalog.sop.not-found.title"), new Text("catalog.sop.not-found.detail", code));
        property("code", code);
    }
}
