package id.patuh.catalog;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The loaded, validated catalog: immutable, ordered by SOP code. */
public final class SopCatalog {

    private final Map<String, Sop> byCode = new LinkedHashMap<>();
    private final String origin;

    SopCatalog(List<Sop> sops, String origin) {
        sops.stream()
                .sorted(java.util.Comparator.comparing(Sop::code))
                .forEach(sop -> byCode.put(sop.code(), sop));
        this.origin = origin;
    }

    public List<Sop> sops() {
        return List.copyOf(byCode.values());
    }

    public Optional<Sop> find(String code) {
        return Optional.ofNullable(byCode.get(code));
    }

    public int size() {
        return byCode.size();
    }

    /** Where the catalog was read from: a folder, or the copy inside the application. */
    public String origin() {
        return origin;
    }
}
