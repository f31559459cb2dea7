package id.patuh.catalog;

import id.patuh.errors.DomainException;
import id.patuh.errors.Refusal;
import id.patuh.messages.Text;
import id.patuh.messages.Texts;

/**
 * A reload found the catalog folder invalid: the request was fine, the folder cannot be processed.
 * Made while the request is served, so its list of problems is worded in the request's language.
 */
class CatalogReloadRefused extends DomainException {

    CatalogReloadRefused(CatalogValidationException invalid, int serving) {
        super(Refusal.UNPROCESSABLE, new Text("catalog.reload.refused.title"),
                new Text("catalog.reload.refused.detail", invalid.problems().size(), serving), invalid);
        property("errors", invalid.problems().stream().map(p -> p.in(Texts.currentLocale())).toList());
        property("sops", serving);
    }
}
