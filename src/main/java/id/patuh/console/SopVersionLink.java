package id.patuh.console;

import java.util.List;

import id.patuh.catalog.Sop;
import id.patuh.catalog.SopVersions;
import id.patuh.messages.Texts;

/**
 * One version of an SOP in the sheet's version links.
 *
 * @param label   the version's tanggal_efektif, the value of {@code ?versi=}
 * @param text    what the link says, e.g. {@code 12 Maret 2024 (berlaku)}
 * @param shown   whether the sheet shows this version
 */
record SopVersionLink(String label, String text, boolean shown) {

    /** Every version, oldest first; empty for an SOP known in one version. */
    static List<SopVersionLink> of(SopVersions versions, Sop shown) {
        if (versions.oldestFirst().size() < 2) {
            return List.of();
        }
        return versions.oldestFirst().stream().map(v -> new SopVersionLink(v.tanggalEfektif(),
                v == versions.current() ? Texts.current("console.sopsheet.versionLatest", v.tanggalEfektif())
                        : Texts.current("console.sopsheet.version", v.tanggalEfektif()), v == shown)).toList();
    }
}
