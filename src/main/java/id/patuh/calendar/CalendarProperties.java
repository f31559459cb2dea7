package id.patuh.calendar;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

import jakarta.validation.constraints.NotNull;

/**
 * Where the calendar data lives. Relative paths resolve against the working directory; when
 * the folder or file is absent the copies packed in the jar are used.
 *
 * @param holidaysDir folder with one {@code <year>.yaml} per year of national holidays
 * @param unitsFile   the default calendar and per-unit overrides
 */
@Validated
@ConfigurationProperties("patuh.calendar")
public record CalendarProperties(
        @DefaultValue("config/holidays") @NotNull Path holidaysDir,
        @DefaultValue("config/calendars.yaml") @NotNull Path unitsFile) {

    public CalendarProperties {
        holidaysDir = holidaysDir == null ? Path.of("config/holidays") : holidaysDir;
        unitsFile = unitsFile == null ? Path.of("config/calendars.yaml") : unitsFile;
    }
}
