package id.patuh.catalog;

import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code POST /api/admin/catalog/reload}: reads the catalog folder again (ADMIN). */
@RestController
class CatalogAdminController {

    private final CatalogService catalog;

    CatalogAdminController(CatalogService catalog) {
        this.catalog = catalog;
    }

    /** 422 when the folder is invalid: the running catalog keeps serving. */
    @PostMapping("/api/admin/catalog/reload")
    CatalogReloadResult reload() {
        try {
            return catalog.reload();
        } catch (CatalogValidationException e) {
            throw new CatalogReloadRefused(e, catalog.sops().size());
        }
    }
}
