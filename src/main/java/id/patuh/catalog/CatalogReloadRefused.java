package id.patuh.catalog;

import id.patuh.errors.DomainException;
import id.patuh.errors.Refusal;

/** A reload found the catalog folder invalid: the request was fine, the folder cannot be processed. */
class CatalogReloadRefused extends DomainException {

    CatalogReloadRefused(CatalogValidationException invalid, int serving) {
        super(Refusal.UNPROCESSABLE, "Katalog SOP tidak valid / invalid SOP catalog", "Katalog baru tidak valid ("
                + invalid.problems().size() + " masalah); katalog yang berjalan (" + serving
                + " SOP) tetap berlaku / the new catalog is invalid (" + invalid.problems().size()
                + " problem(s)); the running catalog (" + serving + " SOPs) keeps serving", invalid);
        property("errors", invalid.problems().stream().map(CatalogProblem::toString).toList());
        property("sops", serving);
    }
}
