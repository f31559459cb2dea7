package id.patuh.catalog;

import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Serves the catalog in the shape of interchange.md §6. */
@RestController
@RequestMapping("/api/sops")
class SopController {

    private final CatalogService catalog;

    SopController(CatalogService catalog) {
        this.catalog = catalog;
    }

    @GetMapping
    List<SopView> list() {
        SopCatalog sops = catalog.catalog();
        return sops.sops().stream().map(sop -> SopView.of(sops.versions(sop.code()).orElseThrow())).toList();
    }

    /** The SOP with all its versions; {@code ?versi=<tanggal_efektif>} gives that version alone. */
    @GetMapping("/{code}")
    SopView one(@PathVariable String code, @RequestParam(name = "versi", required = false) String versi) {
        SopVersions versions = catalog.catalog().versions(code).orElseThrow(() -> new SopNotFoundException(code));
        if (versi == null) {
            return SopView.of(versions);
        }
        return versions.version(versi).map(SopView::of)
                .orElseThrow(() -> new SopNotFoundException(code + "@" + versi));
    }
}
