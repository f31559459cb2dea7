package id.patuh.console;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;

import id.patuh.calendar.IndonesianZones;
import id.patuh.evaluation.TimeText;
import id.patuh.messages.Texts;

/**
 * Times, durations and standards as the findings pages print them: the same forms as the
 * findings' own messages ({@code 2024-04-02 08:45 WIB}, {@code 2 j 35 m}, {@code 1 jam}), so an
 * auditor can lay the page next to a message and compare. Names of days and months are in the
 * request's language from the console bundle, not taken from the JVM's locale data.
 */
final class FindingTimes {

    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm");

    private final ZoneId zone;

    FindingTimes(ZoneId zone) {
        this.zone = zone;
    }

    ZoneId zone() {
        return zone;
    }

    String zoneName() {
        return IndonesianZones.name(zone);
    }

    /** {@code 2024-04-02 08:45 WIB}; a dash for nothing. */
    String at(Instant t) {
        return t == null ? "–" : TimeText.instant(t, zone);
    }

    /** {@code Jumat 5 April 2024 15:50 WIB} */
    String longAt(Instant t) {
        ZonedDateTime local = t.atZone(zone);
        return day(local.toLocalDate()) + " " + CLOCK.format(local) + " " + zoneName();
    }

    LocalDate date(Instant t) {
        return LocalDate.ofInstant(t, zone);
    }

    /** {@code Jumat 5 April 2024} */
    static String day(LocalDate date) {
        return weekday(date.getDayOfWeek()) + " " + date.getDayOfMonth() + " " + month(date.getMonthValue()) + " "
                + date.getYear();
    }

    /** {@code 3} → Maret (March); a month outside 1–12 throws. */
    static String month(int month) {
        return Texts.current("console.time.months").split(",")[month - 1];
    }

    static String weekday(java.time.DayOfWeek day) {
        return Texts.current("console.time.days").split(",")[day.ordinal()];
    }

    /** {@code 07:30–12:00} */
    static String clock(LocalTime from, LocalTime to) {
        return CLOCK.format(from) + "–" + CLOCK.format(to);
    }

    /** {@code 2,58} (Indonesian decimal comma; {@code 2.58} in English; at most two decimals). */
    static String ratio(Duration used, Duration allowed) {
        if (allowed.isZero()) {
            return "–";
        }
        BigDecimal value = BigDecimal.valueOf(used.toMillis())
                .divide(BigDecimal.valueOf(allowed.toMillis()), 2, RoundingMode.HALF_UP).stripTrailingZeros();
        return decimal(value);
    }

    /** {@code 2,5}: the Indonesian decimal comma; English keeps the point. */
    static String decimal(BigDecimal value) {
        String plain = value.toPlainString();
        return Texts.english() ? plain : plain.replace('.', ',');
    }
}
