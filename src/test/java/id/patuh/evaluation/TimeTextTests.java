package id.patuh.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.springframework.context.i18n.LocaleContextHolder;

import id.patuh.calendar.DayCounting;
import id.patuh.calendar.MutuBakuWaktu;

/** Durations shown to users: hours and minutes, never seconds. */
class TimeTextTests {

    @Test
    void showsHoursAndMinutesRoundedToTheNearestMinute() {
        assertThat(TimeText.duration(Duration.ofMinutes(155))).isEqualTo("2 j 35 m");
        assertThat(TimeText.duration(Duration.ofMinutes(20))).isEqualTo("20 m");
        assertThat(TimeText.duration(Duration.ofSeconds(3630))).isEqualTo("1 j 1 m");
        assertThat(TimeText.duration(Duration.ofSeconds(3629))).isEqualTo("1 j 0 m");
        assertThat(TimeText.durationEn(Duration.ofSeconds(4050))).isEqualTo("1 h 8 min");
    }

    @Test
    void neverShowsSeconds() {
        assertThat(TimeText.duration(Duration.ofSeconds(40))).isEqualTo("1 m");
        assertThat(TimeText.duration(Duration.ofSeconds(20))).isEqualTo("< 1 m");
        assertThat(TimeText.duration(Duration.ZERO)).isEqualTo("0 m");
        assertThat(TimeText.duration(Duration.ofSeconds(7265))).doesNotContain(" d").isEqualTo("2 j 1 m");
    }

    @Test
    void aPageReadsDurationsAndStandardsInItsRequestsLanguage() {
        try {
            assertThat(TimeText.durationForRequest(Duration.ofMinutes(155))).as("outside a request").isEqualTo("2 j 35 m");
            LocaleContextHolder.setLocale(Locale.forLanguageTag("en-GB"));
            assertThat(TimeText.durationForRequest(Duration.ofMinutes(155))).isEqualTo("2 h 35 min");
            assertThat(TimeText.standardForRequest(MutuBakuWaktu.ofDays(3), DayCounting.WORKING)).isEqualTo("3 working days");
            assertThat(TimeText.standardForRequest(MutuBakuWaktu.ofTime(Duration.ofMinutes(90)), DayCounting.WORKING))
                    .isEqualTo("1 hour 30 minutes");
            LocaleContextHolder.setLocale(Locale.forLanguageTag("id"));
            assertThat(TimeText.durationForRequest(Duration.ofMinutes(155))).isEqualTo("2 j 35 m");
            assertThat(TimeText.standardForRequest(MutuBakuWaktu.ofDays(1), DayCounting.CALENDAR)).isEqualTo("1 hari kalender");
        } finally {
            LocaleContextHolder.resetLocaleContext();
        }
    }
}
