package id.patuh.catalog;

import id.patuh.errors.DomainException;
import id.patuh.errors.Refusal;

/** No SOP (or no version of it) with this code in the catalog. */
public class SopNotFoundException extends DomainException {

    /** @param code the SOP code, or {@code code@tanggal_efektif} for one version */
    public SopNotFoundException(String code) {
        super(Refusal.NOT_FOUND, "SOP tidak ditemukan / SOP not found",
                "SOP \"" + code + "\" tidak ada di katalog / SOP \"" + code + "\" is not in the catalog");
        property("code", code);
    }
}
