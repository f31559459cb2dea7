package id.patuh.catalog;

/**
 * Published after a catalog reload, successful or not (for the security audit log).
 *
 * @param origin  where the catalog serving now was read from
 * @param sops    how many SOPs it holds
 * @param message the problems that refused the new catalog; null when it was swapped in
 */
public record CatalogReloaded(boolean ok, String origin, int sops, String message) {
}
