package id.patuh.catalog;

import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * The catalog façade: loaded once at start-up. An invalid catalog stops the start with a
 * {@link CatalogValidationException} (see {@code CatalogFailureAnalyzer}).
 */
@Service
public class CatalogService {

    private static final Logger log = LoggerFactory.getLogger(CatalogService.class);

    private final SopCatalog catalog;

    public CatalogService(CatalogProperties properties) {
        this.catalog = new CatalogLoader().loadDirectoryOrPackaged(properties.dir());
        log.info("Katalog SOP dimuat: {} SOP dari {} / SOP catalog loaded", catalog.size(), catalog.origin());
    }

    public List<Sop> sops() {
        return catalog.sops();
    }

    public Optional<Sop> find(String code) {
        return catalog.find(code);
    }

    public SopCatalog catalog() {
        return catalog;
    }
}
