package id.patuh.catalog;

import java.util.Collection;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Whether a recorded job title holds a role of some SOP of one catalog snapshot, resolved as the
 * evaluation resolves it ({@link RoleTitles} with the abbreviations of
 * {@link RoleAbbreviations#DEFAULT_FILE}): ingest warns only on a title that holds no role at all.
 * Built on first use, as most snapshots (command line, import checks) are never asked.
 */
final class KnownTitles {

    private static final Logger log = LoggerFactory.getLogger(KnownTitles.class);

    private final Collection<SopVersions> versions;
    private volatile List<RoleTitles> titles;

    KnownTitles(Collection<SopVersions> versions) {
        this.versions = versions;
    }

    /** True when any version of any SOP has a role the title holds. */
    boolean holdsAny(String title) {
        return titles().stream().anyMatch(t -> !t.held(title).isEmpty());
    }

    private List<RoleTitles> titles() {
        List<RoleTitles> built = titles;
        if (built == null) {
            RoleAbbreviations abbreviations = abbreviations();
            built = versions.stream().flatMap(v -> v.oldestFirst().stream())
                    .map(sop -> new RoleTitles(sop, abbreviations)).toList();
            titles = built;
        }
        return built;
    }

    /** A broken list refuses the rules (evaluation reads it too); here it only costs the spelled-out forms. */
    private static RoleAbbreviations abbreviations() {
        try {
            return RoleAbbreviations.load(RoleAbbreviations.DEFAULT_FILE);
        } catch (CatalogValidationException e) {
            log.warn("Daftar singkatan jabatan tidak valid, dipakai tanpa singkatan / title abbreviations are "
                    + "invalid, titles are matched without them: {}", e.getMessage());
            return RoleAbbreviations.NONE;
        }
    }
}
