package id.patuh.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;

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
}
