package id.patuh.catalog;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import id.patuh.calendar.DayCounting;

/**
 * One SOP AP as loaded from the catalog.
 *
 * <p>Dates are kept as ISO text of the precision the document gives ({@code 2021-01-31},
 * {@code 2019-09} for "September 2019", {@code 2022}); a blank header field is null.
 *
 * @param units       tenant codes of the units that run this SOP
 * @param dayCounting how {@code hari} in this SOP's Waktu is counted
 */
public record Sop(
        String code,
        String name,
        String instansi,
        String source,
        String nomor,
        String tanggalPembuatan,
        String tanggalRevisi,
        String tanggalEfektif,
        String disahkanOleh,
        String penandatangan,
        List<String> units,
        DayCounting dayCounting,
        List<SopRole> roles,
        List<SopStep> steps,
        SopDocumentation documentation) {

    public Sop {
        units = List.copyOf(units);
        roles = List.copyOf(roles);
        steps = List.copyOf(steps);
    }

    public Optional<SopStep> step(int no) {
        return steps.stream().filter(s -> s.no() == no).findFirst();
    }

    public List<String> roleNames() {
        return roles.stream().map(SopRole::name).toList();
    }

    /**
     * The role name that {@code text} stands for: matched case- and whitespace-insensitively
     * against names and aliases (interchange §1, actor_role).
     */
    public Optional<String> resolveRole(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String wanted = normaliseRoleName(text);
        return roles.stream()
                .filter(r -> normaliseRoleName(r.name()).equals(wanted)
                        || r.aliases().stream().anyMatch(a -> normaliseRoleName(a).equals(wanted)))
                .map(SopRole::name)
                .findFirst();
    }

    /** An SOP is ratified when it has both a Tanggal Efektif and a Disahkan Oleh. */
    public boolean ratified() {
        return tanggalEfektif != null && disahkanOleh != null;
    }

    static String normaliseRoleName(String text) {
        String spaced = WHITESPACE.matcher(text.strip()).replaceAll(" ");
        return SLASH.matcher(spaced).replaceAll("/").toLowerCase(Locale.ROOT);
    }

    private static final java.util.regex.Pattern WHITESPACE = java.util.regex.Pattern.compile("\\s+");
    private static final java.util.regex.Pattern SLASH = java.util.regex.Pattern.compile(" ?/ ?");
}
