package id.patuh.catalog;

import java.util.List;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

/** Writes the catalog as the JSON array of interchange.md §6. */
final class CatalogExport {

    private final ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    public String toJson(SopCatalog catalog) {
        List<SopView> views = catalog.sops().stream()
                .map(sop -> SopView.of(catalog.versions(sop.code()).orElseThrow())).toList();
        try {
            return mapper.writeValueAsString(views);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("catalog cannot be written as JSON", e);
        }
    }
}
