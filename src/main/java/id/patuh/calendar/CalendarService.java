package id.patuh.calendar;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;

/**
 * The calendar feature's façade: the working calendar of each unit, built once at start-up
 * from the holiday files and calendars.yaml. Bad files fail start-up with a
 * {@link CalendarConfigException} rather than producing wrong durations later.
 */
@Service
@NamedInterface("api")
public class CalendarService {

    private final CalendarLoader.Calendars calendars;

    public CalendarService(CalendarProperties properties) {
        this.calendars = CalendarLoader.load(properties.holidaysDir(), properties.unitsFile());
    }

    /** For command-line tools that run without a Spring context. */
    public static CalendarService load(Path holidaysDir, Path unitsFile) {
        return new CalendarService(new CalendarProperties(holidaysDir, unitsFile));
    }

    /**
     * The calendar of a unit code such as {@code kec-tanjunganom/pelayanan}: the tenant part
     * before the first {@code /} selects it, and units without an entry get the default.
     */
    public WorkingCalendar forUnit(String unitCode) {
        if (unitCode == null) {
            return calendars.defaults();
        }
        int slash = unitCode.indexOf('/');
        String tenant = (slash < 0 ? unitCode : unitCode.substring(0, slash)).strip().toLowerCase(Locale.ROOT);
        return calendars.units().getOrDefault(tenant, calendars.defaults());
    }

    public WorkingCalendar defaultCalendar() {
        return calendars.defaults();
    }

    /** The years with a holiday file; dates outside them count only weekends as days off. */
    public Set<Integer> holidayYears() {
        return calendars.holidayYears();
    }
}
