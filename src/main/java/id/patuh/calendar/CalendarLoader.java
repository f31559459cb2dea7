package id.patuh.calendar;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import id.patuh.messages.Text;

/** Reads the holiday files and calendars.yaml and builds one {@link WorkingCalendar} per unit. */
final class CalendarLoader {

    /** Everything {@link CalendarService} serves. */
    record Calendars(WorkingCalendar defaults, Map<String, WorkingCalendar> units, Set<Integer> holidayYears) {
    }

    private static final Logger log = LoggerFactory.getLogger(CalendarLoader.class);

    private CalendarLoader() {
    }

    static Calendars load(Path holidaysDir, Path unitsFile) {
        HolidayTable national = nationalHolidays(ConfigLocations.holidayFiles(holidaysDir));
        CalendarsFileReader.UnitSpecs specs = ConfigLocations.unitsFile(unitsFile)
                .map(file -> CalendarsFileReader.read(file.parse()))
                .orElseGet(() -> {
                    log.warn("{} tidak ditemukan: semua unit memakai jam kerja baku / "
                            + "{} not found: every unit uses the standard hours", unitsFile, unitsFile);
                    return new CalendarsFileReader.UnitSpecs(CalendarSpec.KEPPRES_68_1995, Map.of());
                });
        Map<String, WorkingCalendar> units = new LinkedHashMap<>();
        specs.units().forEach((code, spec) -> units.put(code, spec.toCalendar(national)));
        log.info("Kalender kerja dimuat: hari libur tahun {}, {} unit khusus / "
                + "Working calendars loaded: holidays for {}, {} unit overrides",
                national.years(), units.size(), national.years(), units.size());
        return new Calendars(specs.defaults().toCalendar(national), Map.copyOf(units), national.years());
    }

    private static HolidayTable nationalHolidays(List<ConfigFile> files) {
        Set<Integer> years = new TreeSet<>();
        List<Holiday> holidays = new ArrayList<>();
        for (ConfigFile file : files) {
            Matcher name = ConfigLocations.YEAR_FILE.matcher(file.fileName());
            name.matches();
            int year = Integer.parseInt(name.group(1));
            if (!years.add(year)) {
                throw new CalendarConfigException(file.name(), 1, "year",
                        new Text("calendar.holiday.year-twice", year));
            }
            holidays.addAll(HolidayFileReader.read(file.parse(), year).holidays());
        }
        if (years.isEmpty()) {
            log.warn("Tidak ada berkas hari libur: hanya akhir pekan yang dilewati / No holiday files: only weekends are skipped");
        }
        return HolidayTable.national(years, holidays);
    }
}
