package id.patuh.evaluation;

import static id.patuh.evaluation.Fixtures.wib;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import id.patuh.cases.ActivityEvent;

/**
 * {@link StepDurations#againstStandard}, what the recording page shows while a case runs, says
 * "over" exactly when {@code DURATION_EXCEEDED} is raised for the same run at the same time: at the
 * boundaries, across the lunch break, and for a running step before and after its due instant.
 */
class StepAgainstStandardTests {

    /** Kemlagi step 3, waktu 60 (minutes). */
    @ParameterizedTest
    @CsvSource(nullValues = "-", value = {
        "2024-07-02T09:00, 2024-07-02T10:00, 2024-07-03T09:00, false, 60, 0",
        "2024-07-02T09:00, 2024-07-02T10:01, 2024-07-03T09:00, true, 61, -1",
        "2024-07-02T11:30, 2024-07-02T13:30, 2024-07-03T09:00, false, 60, 0",
        "2024-07-02T11:30, 2024-07-02T13:45, 2024-07-03T09:00, true, 75, -15",
        "2024-07-02T09:00, -, 2024-07-02T09:40, false, 40, 20",
        "2024-07-02T09:00, -, 2024-07-02T10:00, false, 60, 0",
        "2024-07-02T09:00, -, 2024-07-02T10:30, true, 90, -30"})
    void saysOverExactlyWhenTheRuleRaisesAFinding(String start, String finish, String now, boolean over,
            long usedMinutes, long leftMinutes) {
        CaseScript script = CaseScript.of(Fixtures.KEMLAGI, wib(start)).steps(1, 2)
                .step(3, e -> e.startAt(wib(start)).finishAt(finish == null ? null : wib(finish)));
        ActivityEvent step3 = script.events().stream().filter(e -> e.stepNo() == 3).findFirst().orElseThrow();
        List<Finding> raised = Fixtures.withCode(script.evaluateAt(wib(now)), "DURATION_EXCEEDED");

        StepDurations.AgainstStandard measured = StepDurations.againstStandard(Fixtures.sop(Fixtures.KEMLAGI),
                Fixtures.calendar(), step3, wib(now)).orElseThrow();

        assertThat(measured.over()).isEqualTo(over);
        assertThat(raised.stream().anyMatch(f -> f.stepNo() == 3)).isEqualTo(over);
        assertThat(measured.finished()).isEqualTo(finish != null);
        assertThat(measured.used()).isEqualTo(Duration.ofMinutes(usedMinutes));
        assertThat(measured.left()).isEqualTo(Duration.ofMinutes(leftMinutes));
    }

    @Test
    void aRunThatStartsLaterThanNowHasNoMeasureYet() {
        String start = "2024-07-02T09:00";
        String now = "2024-07-02T08:59";
        ActivityEvent step3 = CaseScript.of(Fixtures.KEMLAGI, wib(start)).steps(1, 2)
                .step(3, e -> e.startAt(wib(start)).running()).events().stream().filter(e -> e.stepNo() == 3)
                .findFirst().orElseThrow();

        assertThat(StepDurations.againstStandard(Fixtures.sop(Fixtures.KEMLAGI), Fixtures.calendar(), step3,
                wib(now))).isEmpty();
    }
}
