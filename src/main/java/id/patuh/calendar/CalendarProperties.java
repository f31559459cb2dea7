package id.patuh.calendar;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the calendar data lives. Relative paths resolve against the working directory; when
 * the folder or file is absent the copies packed in the jar are used.
 *
 * @param holidaysDir folder with one {@code <year>.yaml} per year of national holidays
 * @param unitsFile   the default calendar and per-unit overrides
 */
@ConfigurationProperties("patuh.calendar")
public record CalendarProperties(
        @DefaultValue("config/holidays") Path holidaysDir,
        @DefaultValue("config/calendars.yaml") Path unitsFile) {

    public CalendarProperties {
        holidaysDir = holidaysDir == null ? Path.of("config/holidays") : holidaysDir;
        unitsFile = unitsFile == null ? Path.of("config/calendars.yaml") : unitsFile;
    }
}
