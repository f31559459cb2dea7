package id.patuh.catalog;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Supplier;

import org.springframework.modulith.NamedInterface;

/**
 * A validated catalog, ordered by SOP code. A loaded catalog is immutable; the one the running
 * service hands out ({@link CatalogService#catalog()}) follows reloads instead, so that parts
 * built once at start (ingest validation, demo data) never keep serving a replaced catalog.
 */
@NamedInterface("api")
public final class SopCatalog {

    /** The SOPs' versions by code and where they were read from: one consistent snapshot. */
    private record Contents(Map<String, SopVersions> byCode, String origin, List<CatalogProblem> warnings,
            KnownTitles titles) {
    }

    private final Supplier<Contents> contents;

    /** {@code sops} may hold several versions of one code; the loader has checked their dates differ. */
    SopCatalog(List<Sop> sops, String origin) {
        this(sops, origin, List.of());
    }

    SopCatalog(List<Sop> sops, String origin, List<CatalogProblem> warnings) {
        Map<String, List<Sop>> grouped = new TreeMap<>();
        sops.forEach(sop -> grouped.computeIfAbsent(sop.code(), c -> new ArrayList<>()).add(sop));
        Map<String, SopVersions> byCode = new LinkedHashMap<>();
        grouped.forEach((code, versions) -> byCode.put(code, new SopVersions(code, versions)));
        Contents fixed = new Contents(Collections.unmodifiableMap(byCode), origin, List.copyOf(warnings),
                new KnownTitles(byCode.values()));
        this.contents = () -> fixed;
    }

    private SopCatalog(Supplier<Contents> contents) {
        this.contents = contents;
    }

    /** A catalog that is, at each call, whatever {@code current} holds at that moment. */
    static SopCatalog following(Supplier<SopCatalog> current) {
        return new SopCatalog(() -> current.get().contents.get());
    }

    /** The current version of every SOP, by code. */
    public List<Sop> sops() {
        return contents.get().byCode().values().stream().map(SopVersions::current).toList();
    }

    /** The current version of {@code code}. */
    public Optional<Sop> find(String code) {
        return versions(code).map(SopVersions::current);
    }

    /** Every version of {@code code}, oldest first. */
    public Optional<SopVersions> versions(String code) {
        return Optional.ofNullable(contents.get().byCode().get(code));
    }

    /**
     * This catalog plus {@code draft} as a new version of its code (or a new code), for a caller that
     * adds an SOP, e.g. an imported draft, before it is written to the catalog folder.
     *
     * @throws CatalogValidationException when the code already has a version with the draft's
     *                                    {@code tanggal_efektif}, or the draft lacks the date while the code has versions
     */
    public SopCatalog withVersion(Sop draft) {
        List<Sop> all = new ArrayList<>();
        contents.get().byCode().values().forEach(v -> all.addAll(v.oldestFirst()));
        all.add(draft);
        List<CatalogProblem> problems = CatalogVersionCheck.ofSops(all);
        if (!problems.isEmpty()) {
            throw new CatalogValidationException(problems);
        }
        return new SopCatalog(all, origin(), warnings());
    }

    /**
     * Whether a job title as a log records it ("Kasi Pem", "Kepala Seksi Pemerintahan") holds a role
     * of some SOP of the catalog, by the rules the evaluation uses to tell who did a step
     * (semantics.md v2, "Who did a step"): abbreviations spelled out, a unit qualifier allowed.
     */
    public boolean isKnownTitle(String title) {
        return contents.get().titles().holdsAny(title);
    }

    /** Gaps that do not stop the catalog from loading (steps without waktu), with file and line. */
    public List<CatalogProblem> warnings() {
        return contents.get().warnings();
    }

    /** Number of SOP codes (each counted once, whatever its number of versions). */
    public int size() {
        return contents.get().byCode().size();
    }

    /** Where the catalog was read from: a folder, or the copy inside the application. */
    public String origin() {
        return contents.get().origin();
    }
}
