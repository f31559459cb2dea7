package id.patuh.calendar;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;

/** Shared fixtures: the calendars shipped in config/ and local-time helpers. */
final class TestCalendars {

    static final ZoneId WIB = ZoneId.of("Asia/Jakarta");
    static final ZoneId WITA = ZoneId.of("Asia/Makassar");
    static final ZoneId WIT = ZoneId.of("Asia/Jayapura");

    /** Loaded once: the files under config/ exactly as the application ships them. */
    static final CalendarService SHIPPED =
            CalendarService.load(Path.of("config/holidays"), Path.of("config/calendars.yaml"));

    private TestCalendars() {
    }

    static WorkingCalendar standard() {
        return SHIPPED.defaultCalendar();
    }

    /** An instant given as local date-time in WIB, e.g. {@code wib("2025-01-10T16:20")}. */
    static Instant wib(String localDateTime) {
        return at(localDateTime, WIB);
    }

    static Instant at(String localDateTime, ZoneId zone) {
        return LocalDateTime.parse(localDateTime).atZone(zone).toInstant();
    }
}
