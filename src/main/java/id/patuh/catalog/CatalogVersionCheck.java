package id.patuh.catalog;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import id.patuh.messages.Text;

/**
 * Several files may hold versions of one SOP code; each version needs its own
 * {@code tanggal_efektif}, or nothing could say which version a case is judged by.
 */
final class CatalogVersionCheck {

    /** One SOP version and where it was read: file and the line of its {@code tanggal_efektif} (or code). */
    record Located(Sop sop, String file, int line) {
    }

    private CatalogVersionCheck() {
    }

    /** Problems of versions added without a file (e.g. an imported draft). */
    static List<CatalogProblem> ofSops(List<Sop> sops) {
        return of(sops.stream().map(s -> new Located(s, "(" + s.code() + ")", 0)).toList());
    }

    static List<CatalogProblem> of(List<Located> versions) {
        Map<String, List<Located>> byCode = new HashMap<>();
        versions.forEach(v -> byCode.computeIfAbsent(v.sop().code(), c -> new ArrayList<>()).add(v));
        List<CatalogProblem> problems = new ArrayList<>();
        for (Located version : versions) {
            List<Located> same = byCode.get(version.sop().code());
            if (same.size() < 2) {
                continue;
            }
            String date = version.sop().tanggalEfektif();
            if (date == null) {
                problems.add(CatalogProblem.of(version.file(), version.line(), "tanggal_efektif",
                        new Text("catalog.version.date-missing", version.sop().code(), same.size())));
                continue;
            }
            same.stream().filter(o -> o != version && sameDay(date, o.sop().tanggalEfektif()))
                    .findFirst()
                    .filter(o -> same.indexOf(o) < same.indexOf(version))
                    .ifPresent(o -> problems.add(CatalogProblem.of(version.file(), version.line(), "tanggal_efektif",
                            new Text("catalog.version.date-twice", date, o.file() + ":" + o.line()))));
        }
        return problems;
    }

    /** "2024-03" and "2024-03-01" start on the same day, so they cannot order two versions. */
    private static boolean sameDay(String a, String b) {
        return b != null && Objects.equals(SopVersions.firstDayOf(a), SopVersions.firstDayOf(b));
    }
}
