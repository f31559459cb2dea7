package id.patuh.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The submission ratios: timeliness is the readiness report's (on time / received), completeness counts what is missing. */
class SubmissionCountsTests {

    @Test
    void timelinessIsOnTimeAmongTheDataReceivedAndMissingDataLowersOnlyCompleteness() {
        SubmissionCounts c = counts(4, 3, 3);
        assertThat(c.timeliness()).isEqualTo(1.0);
        assertThat(c.completeness()).isEqualTo(0.75);
        assertThat(counts(4, 4, 1).timeliness()).isEqualTo(0.25);
    }

    @Test
    void nothingReceivedHasNoTimelinessNotZero() {
        assertThat(counts(2, 0, 0).timeliness()).isNull();
        assertThat(counts(2, 0, 0).completeness()).isZero();
        assertThat(counts(0, 0, 0).completeness()).isNull();
    }

    private static SubmissionCounts counts(long expected, long received, long onTime) {
        SubmissionCounts c = new SubmissionCounts();
        c.expected = expected;
        c.received = received;
        c.onTime = onTime;
        return c;
    }
}
