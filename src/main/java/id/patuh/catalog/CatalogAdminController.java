package id.patuh.catalog;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code POST /api/admin/catalog/reload}: reads the catalog folder again (ADMIN). */
@RestController
class CatalogAdminController {

    private final CatalogService catalog;

    CatalogAdminController(CatalogService catalog) {
        this.catalog = catalog;
    }

    @PostMapping("/api/admin/catalog/reload")
    CatalogReloadResult reload() {
        return catalog.reload();
    }

    /** 422: the request was understood, the catalog folder is what cannot be processed. */
    @ExceptionHandler(CatalogValidationException.class)
    ProblemDetail invalid(CatalogValidationException e) {
        int serving = catalog.sops().size();
        int count = e.problems().size();
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_ENTITY,
                "Katalog baru tidak valid (" + count + " masalah); katalog yang berjalan (" + serving
                        + " SOP) tetap berlaku / the new catalog is invalid (" + count + " problem(s)); the running "
                        + "catalog (" + serving + " SOPs) keeps serving");
        problem.setTitle("Katalog SOP tidak valid / invalid SOP catalog");
        problem.setProperty("errors", e.problems().stream().map(CatalogProblem::toString).toList());
        problem.setProperty("sops", serving);
        return problem;
    }
}
