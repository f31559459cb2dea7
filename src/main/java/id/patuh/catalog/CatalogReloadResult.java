package id.patuh.catalog;

import java.util.List;

/**
 * The catalog serving after a successful reload.
 *
 * @param origin the folder it was read from
 * @param count  how many SOPs it holds
 * @param codes  their codes, in order
 */
public record CatalogReloadResult(String origin, int count, List<String> codes) {

    static CatalogReloadResult of(SopCatalog catalog) {
        List<String> codes = catalog.sops().stream().map(Sop::code).toList();
        return new CatalogReloadResult(catalog.origin(), codes.size(), codes);
    }
}
