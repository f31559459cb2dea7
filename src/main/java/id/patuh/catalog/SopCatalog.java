package id.patuh.catalog;

import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * A validated catalog, ordered by SOP code. A loaded catalog is immutable; the one the running
 * service hands out ({@link CatalogService#catalog()}) follows reloads instead, so that parts
 * built once at start (ingest validation, demo data) never keep serving a replaced catalog.
 */
public final class SopCatalog {

    /** The SOPs by code and where they were read from: one consistent snapshot. */
    private record Contents(Map<String, Sop> byCode, String origin) {
    }

    private final Supplier<Contents> contents;

    SopCatalog(List<Sop> sops, String origin) {
        Map<String, Sop> byCode = new LinkedHashMap<>();
        sops.stream().sorted(Comparator.comparing(Sop::code)).forEach(sop -> byCode.put(sop.code(), sop));
        Contents fixed = new Contents(Collections.unmodifiableMap(byCode), origin);
        this.contents = () -> fixed;
    }

    private SopCatalog(Supplier<Contents> contents) {
        this.contents = contents;
    }

    /** A catalog that is, at each call, whatever {@code current} holds at that moment. */
    static SopCatalog following(Supplier<SopCatalog> current) {
        return new SopCatalog(() -> current.get().contents.get());
    }

    public List<Sop> sops() {
        return List.copyOf(contents.get().byCode().values());
    }

    public Optional<Sop> find(String code) {
        return Optional.ofNullable(contents.get().byCode().get(code));
    }

    public int size() {
        return contents.get().byCode().size();
    }

    /** Where the catalog was read from: a folder, or the copy inside the application. */
    public String origin() {
        return contents.get().origin();
    }
}
