package id.patuh.calendar;

import java.time.LocalDate;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The holidays a calendar skips. Only years with a holiday file are trusted: a date in any
 * other year is treated as having weekends only, and that is logged once per year so that an
 * operator notices the missing SKB file instead of getting silently wrong durations.
 */
final class HolidayTable {

    private static final Logger log = LoggerFactory.getLogger(HolidayTable.class);

    private final Map<LocalDate, Holiday> byDate;
    private final Set<Integer> years;
    private final Set<Integer> warnedYears;

    private HolidayTable(Map<LocalDate, Holiday> byDate, Set<Integer> years, Set<Integer> warnedYears) {
        this.byDate = Map.copyOf(byDate);
        this.years = Set.copyOf(years);
        this.warnedYears = warnedYears;
    }

    /** National holidays of the given years; {@code years} also lists years whose file is empty. */
    static HolidayTable national(Set<Integer> years, List<Holiday> holidays) {
        Map<LocalDate, Holiday> byDate = new HashMap<>();
        holidays.forEach(h -> byDate.putIfAbsent(h.date(), h));
        return new HolidayTable(byDate, years, ConcurrentHashMap.newKeySet());
    }

    /** This table plus a unit's local holidays; the once-per-year warning stays shared. */
    HolidayTable withLocal(List<Holiday> local) {
        if (local.isEmpty()) {
            return this;
        }
        Map<LocalDate, Holiday> byDate = new HashMap<>(this.byDate);
        local.forEach(h -> byDate.putIfAbsent(h.date(), h));
        return new HolidayTable(byDate, years, warnedYears);
    }

    boolean isHoliday(LocalDate date) {
        if (!years.contains(date.getYear()) && warnedYears.add(date.getYear())) {
            log.warn("Tidak ada berkas hari libur untuk tahun {}: hanya akhir pekan yang dilewati / "
                    + "No holiday file for year {}: only weekends are skipped", date.getYear(), date.getYear());
        }
        return byDate.containsKey(date);
    }

    /** The name of the holiday on {@code date}, if it is one. */
    java.util.Optional<String> name(LocalDate date) {
        return java.util.Optional.ofNullable(byDate.get(date)).map(Holiday::name);
    }

    Set<Integer> years() {
        return Collections.unmodifiableSortedSet(new TreeSet<>(years));
    }
}
