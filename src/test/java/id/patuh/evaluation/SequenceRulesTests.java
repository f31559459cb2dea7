package id.patuh.evaluation;

import static id.patuh.evaluation.Fixtures.wib;
import static id.patuh.evaluation.Fixtures.withCode;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import id.patuh.cases.ActivityEvent;

/** sequence.drl */
class SequenceRulesTests {

    private static final String SKIPPED = "STEP_SKIPPED";
    private static final String OUT_OF_ORDER = "STEP_OUT_OF_ORDER";
    private static final String NOW = "2024-07-10T09:00";

    @Test
    void flagsMandatoryStepWithoutEvent() {
        List<Finding> findings = CaseScript.of(Fixtures.KEMLAGI, wib("2024-07-01T09:00")).steps(1, 2, 4)
                .evaluateAt(wib(NOW));

        assertThat(withCode(findings, SKIPPED)).singleElement().satisfies(f -> {
            assertThat(f.stepNo()).isEqualTo(3);
            assertThat(f.severity()).isEqualTo("tinggi");
            assertThat(f.caseId()).isEqualTo("case-1");
            assertThat(f.unit()).isEqualTo(CaseScript.UNIT);
            assertThat(f.evidence()).containsExactly("case-1-e3");
            assertThat(f.message()).isEqualTo("Langkah 3 (Menghimpun format data dan informasi…) tidak tercatat, "
                    + "padahal langkah 4 yang harus didahuluinya sudah dimulai.");
        });
        assertThat(withCode(findings, OUT_OF_ORDER)).isEmpty();
    }

    @Test
    void raisesOneFindingPerSkippedStepHoweverManyLaterStepsRevealIt() {
        List<Finding> findings = CaseScript.of(Fixtures.KEMLAGI, wib("2024-07-01T09:00")).steps(1, 3, 4, 5)
                .evaluateAt(wib(NOW));

        assertThat(withCode(findings, SKIPPED)).singleElement().satisfies(f -> {
            assertThat(f.stepNo()).isEqualTo(2);
            assertThat(f.evidence()).containsExactly("case-1-e2", "case-1-e3", "case-1-e4");
        });
    }

    @Test
    void stepsNotYetReachedAreNotSkipped() {
        assertThat(CaseScript.of(Fixtures.KEMLAGI, wib("2024-07-01T09:00")).steps(1, 2, 3)
                .evaluateAt(wib(NOW))).isEmpty();
    }

    @Test
    void decisionAnsweredTidakThatLoopsBackIsNotSkippedNorOutOfOrder() {
        // Sidoarjo: 1..8, 8 says tidak -> 7 again -> 8 says ya -> 9 -> 10.
        List<Finding> findings = CaseScript.of(Fixtures.SIDOARJO, wib("2024-07-01T08:00"))
                .steps(1, 2, 3, 4, 5, 6, 7)
                .step(8, e -> e.decision = "tidak")
                .steps(7, 8, 9, 10)
                .evaluateAt(wib(NOW));

        assertThat(findings).isEmpty();
    }

    @Test
    void stepsJumpedOverByABranchAreNotMandatory() {
        List<ActivityEvent> events = List.of(event("e1", 1, "2024-07-01T08:00", "2024-07-01T08:10"),
                event("e2", 2, "2024-07-01T08:10", "2024-07-01T08:20"),
                event("e4", 4, "2024-07-01T08:20", "2024-07-01T08:30"));

        List<Finding> findings = Fixtures.engine().evaluateCase(
                new CaseInput(BranchingSop.create(), events, Fixtures.calendar(), wib(NOW)));

        assertThat(findings).isEmpty();
    }

    @Test
    void flagsStepThatStartedBeforeItsPredecessorFinished() {
        List<Finding> findings = CaseScript.of(Fixtures.KEMLAGI, wib("2024-07-01T09:00")).steps(1, 2)
                .step(3, e -> e.startAt(wib("2024-07-01T10:00")).finishAt(wib("2024-07-01T10:30")))
                .step(4, e -> e.startAt(wib("2024-07-01T10:20")).finishAt(wib("2024-07-01T10:40")))
                .evaluateAt(wib(NOW));

        assertThat(withCode(findings, OUT_OF_ORDER)).singleElement().satisfies(f -> {
            assertThat(f.stepNo()).isEqualTo(4);
            assertThat(f.severity()).isEqualTo("rendah");
            assertThat(f.evidence()).containsExactly("case-1-e3", "case-1-e4");
            assertThat(f.message()).contains("dimulai 2024-07-01 10:20 WIB sebelum langkah sebelumnya (3) selesai");
        });
    }

    @Test
    void startingAtTheInstantThePredecessorFinishedIsInOrder() {
        List<Finding> findings = CaseScript.of(Fixtures.KEMLAGI, wib("2024-07-01T09:00")).steps(1, 2)
                .step(3, e -> e.startAt(wib("2024-07-01T10:00")).finishAt(wib("2024-07-01T10:30")))
                .step(4, e -> e.startAt(wib("2024-07-01T10:30")))
                .evaluateAt(wib(NOW));

        assertThat(findings).isEmpty();
    }

    @Test
    void aStepWhosePredecessorIsStillRunningIsOutOfOrder() {
        List<Finding> findings = CaseScript.of(Fixtures.KEMLAGI, wib("2024-07-01T09:00")).steps(1, 2)
                .step(3, e -> e.startAt(wib("2024-07-01T10:00")).running())
                .step(4, e -> e.startAt(wib("2024-07-01T10:20")))
                .evaluateAt(wib("2024-07-01T10:50"));

        assertThat(withCode(findings, OUT_OF_ORDER)).extracting(Finding::stepNo).containsExactly(4);
    }

    private static ActivityEvent event(String id, int step, String start, String finish) {
        return new ActivityEvent(id, "uji-cabang", "case-b", "unit-uji", step, "Staf", null, wib(start),
                wib(finish), List.of(), "ada", step == 2 ? "ya" : null);
    }
}
