package id.patuh.catalog;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Every version of one SOP code, oldest first by {@code tanggal_efektif} (semantics v2, "SOP
 * versions"). The last one is the current version, the one {@link SopCatalog#find} gives.
 *
 * <p>Several versions always have distinct effective dates (the loader refuses duplicates); a code
 * known in one version only may lack the date.
 */
public record SopVersions(String code, List<Sop> oldestFirst) {

    public SopVersions {
        Objects.requireNonNull(code, "code");
        if (oldestFirst.isEmpty()) {
            throw new IllegalArgumentException("an SOP has at least one version");
        }
        oldestFirst = oldestFirst.stream()
                .sorted(Comparator.comparing(SopVersions::effectiveFrom, Comparator.nullsFirst(Comparator.naturalOrder())))
                .toList();
    }

    /** A code known in one version only. */
    public static SopVersions single(Sop sop) {
        return new SopVersions(sop.code(), List.of(sop));
    }

    public Sop current() {
        return oldestFirst.get(oldestFirst.size() - 1);
    }

    public Sop first() {
        return oldestFirst.get(0);
    }

    /** The version whose {@code tanggal_efektif} is exactly {@code label}. */
    public Optional<Sop> version(String label) {
        return oldestFirst.stream().filter(s -> Objects.equals(s.tanggalEfektif(), label)).findFirst();
    }

    /**
     * The version in force on {@code day}: the latest one effective on or before it; the first
     * version (flagged) when the day precedes every known version.
     */
    public SopInForce inForceOn(LocalDate day) {
        Sop chosen = null;
        for (Sop sop : oldestFirst) {
            LocalDate from = effectiveFrom(sop);
            if (from == null || !from.isAfter(day)) {
                chosen = sop;
            }
        }
        return chosen == null ? new SopInForce(first(), true, this) : new SopInForce(chosen, false, this);
    }

    /**
     * The first day of a version's {@code tanggal_efektif}: a partial date ({@code 2022},
     * {@code 2019-09}) is taken from its first day; null without a date.
     */
    public static LocalDate effectiveFrom(Sop sop) {
        return firstDayOf(sop.tanggalEfektif());
    }

    static LocalDate firstDayOf(String isoDate) {
        // the reader refused every date that does not parse: an unparsable one here is a bug
        return isoDate == null ? null : SopDate.parse(isoDate).map(SopDate::firstDay)
                .orElseThrow(() -> new IllegalArgumentException("not a valid tanggal_efektif: " + isoDate));
    }

    /**
     * The version a case is judged by.
     *
     * @param beforeFirstVersion the case started before the first known version took effect
     */
    public record SopInForce(Sop sop, boolean beforeFirstVersion, SopVersions versions) {

        /** The label findings carry: the version's {@code tanggal_efektif} (null for an undated sole version). */
        public String label() {
            return sop.tanggalEfektif();
        }

        /** Whether a newer version than the one judged by exists. */
        public boolean superseded() {
            return sop != versions.current();
        }
    }
}
