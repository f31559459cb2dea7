package id.patuh.evaluation;

import static id.patuh.evaluation.Fixtures.wib;
import static id.patuh.evaluation.Fixtures.withCode;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import id.patuh.cases.ActivityEvent;

/** decisions.drl, and how a "tidak" loop is read by the other rules (semantics.md v2, "Decisions and loops"). */
class DecisionRulesTests {

    private static final String NOT_FOLLOWED = "DECISION_NOT_FOLLOWED";
    private static final String NOT_RECORDED = "DECISION_NOT_RECORDED";
    private static final String NOW = "2024-07-10T09:00";

    /** Sidoarjo: step 8 (verification) decides, ya -> 9, tidak -> 7. */
    private static CaseScript sidoarjoUpToTheRecap() {
        return CaseScript.of(Fixtures.SIDOARJO, wib("2024-07-01T08:00")).steps(1, 2, 3, 4, 5, 6, 7);
    }

    @Test
    void flagsTheLetterGoingOutAfterAVerificationAnsweredTidak() {
        List<Finding> findings = sidoarjoUpToTheRecap().step(8, e -> e.decision = "tidak").steps(9, 10)
                .evaluateAt(wib(NOW));

        assertThat(findings).extracting(Finding::code).containsExactly(NOT_FOLLOWED);
        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.stepNo()).isEqualTo(8);
            assertThat(f.severity()).isEqualTo("sedang");
            assertThat(f.evidence()).containsExactly("case-1-e8", "case-1-e9");
            assertThat(f.message()).contains("dijawab \"tidak\", yang mengarah ke langkah 7, tetapi langkah berikutnya "
                    + "yang dimulai adalah langkah 9.");
            assertThat(f.messageEn()).contains("answered \"tidak\", which leads to step 7, but the next step started "
                    + "was step 9.");
        });
    }

    @Test
    void flagsARecapRedoneAfterAVerificationAnsweredYa() {
        List<Finding> findings = sidoarjoUpToTheRecap().step(8, e -> e.decision = "ya").steps(7)
                .evaluateAt(wib(NOW));

        assertThat(withCode(findings, NOT_FOLLOWED)).singleElement()
                .satisfies(f -> assertThat(f.message()).contains("mengarah ke langkah 9"));
    }

    @Test
    void aStepLeftOutOnTheRightBranchIsSkippedNotAnIgnoredDecision() {
        // ya -> 9, but 9 has no event and 10 started: one omission, one finding.
        List<Finding> findings = sidoarjoUpToTheRecap().step(8, e -> e.decision = "ya").steps(10)
                .evaluateAt(wib(NOW));

        assertThat(findings).extracting(f -> f.code() + "#" + f.stepNo()).containsExactly("STEP_SKIPPED#9");
    }

    @Test
    void aForwardBranchTakenAgainstTheAnswerIsAnIgnoredDecision() {
        // BranchingSop: 2 decides, ya -> 4, tidak -> 3 (a correction) -> 4; "tidak" then 4 skips the correction.
        List<ActivityEvent> events = List.of(
                branchEvent("e1", 1, "2024-07-01T08:00", "2024-07-01T08:10", null),
                branchEvent("e2", 2, "2024-07-01T08:10", "2024-07-01T08:20", "tidak"),
                branchEvent("e4", 4, "2024-07-01T08:20", "2024-07-01T08:30", null));
        List<ActivityEvent> followed = List.of(events.get(0), events.get(1),
                branchEvent("e3", 3, "2024-07-01T08:20", "2024-07-01T08:25", null),
                branchEvent("e4", 4, "2024-07-01T08:25", "2024-07-01T08:30", null));

        assertThat(withCode(branching(events), NOT_FOLLOWED)).extracting(Finding::stepNo).containsExactly(2);
        assertThat(branching(followed)).isEmpty();
    }

    private static List<Finding> branching(List<ActivityEvent> events) {
        return Fixtures.engine().evaluateCase(new CaseInput(BranchingSop.create(), events, Fixtures.calendar(),
                wib(NOW)));
    }

    private static ActivityEvent branchEvent(String id, int step, String start, String finish, String decision) {
        return new ActivityEvent(id, "uji-cabang", "case-b", "unit-uji", step, "Staf", null, wib(start), wib(finish),
                List.of(), "ada", decision);
    }

    @Test
    void aTidakLoopIsReworkThatRaisesNothing() {
        List<Finding> findings = sidoarjoUpToTheRecap().step(8, e -> e.decision = "tidak")
                .steps(7).step(8, e -> e.decision = "ya").steps(9, 10).evaluateAt(wib(NOW));

        assertThat(findings).isEmpty();
    }

    @Test
    void eachRunOfAReworkedStepIsMeasuredOnItsOwn() {
        // Step 7's standard is 2 Jam; the second run takes 3 working hours, the first one minute.
        List<Finding> findings = sidoarjoUpToTheRecap().step(8, e -> e.decision = "tidak")
                .step(7, e -> e.finishAt(wib("2024-07-02T11:30")).startAt(wib("2024-07-02T08:30")))
                .step(8, e -> e.decision = "ya").steps(9, 10).evaluateAt(wib(NOW));

        assertThat(findings).extracting(Finding::code).containsExactly("DURATION_EXCEEDED");
        assertThat(findings.get(0).evidence()).containsExactly("case-1-e9");
    }

    @Test
    void nothingStartedAfterTheDecisionIsNotAFinding() {
        assertThat(sidoarjoUpToTheRecap().step(8, e -> e.decision = "tidak").evaluateAt(wib(NOW))).isEmpty();
    }

    @Test
    void aDecisionAnsweredTidakOwesNoOutput() {
        List<Finding> tidak = sidoarjoUpToTheRecap().step(8, e -> {
            e.decision = "tidak";
            e.output = null;
        }).steps(7).step(8, e -> e.decision = "ya").evaluateAt(wib(NOW));
        List<Finding> ya = sidoarjoUpToTheRecap().step(8, e -> e.output = null).evaluateAt(wib(NOW));

        assertThat(tidak).isEmpty();
        assertThat(withCode(ya, "MISSING_OUTPUT")).extracting(Finding::stepNo).containsExactly(8);
    }

    @Test
    void flagsAFinishedDecisionWithoutAnAnswer() {
        List<Finding> findings = sidoarjoUpToTheRecap().step(8, e -> e.decision = null).evaluateAt(wib(NOW));

        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.code()).isEqualTo(NOT_RECORDED);
            assertThat(f.stepNo()).isEqualTo(8);
            assertThat(f.severity()).isEqualTo("rendah");
            assertThat(f.rule()).isEqualTo("DECISION_NOT_RECORDED finished decision step has no answer");
            assertThat(f.message()).contains("tanpa jawaban (ya/tidak) tercatat");
        });
    }

    @Test
    void aRunningDecisionMayStillRecordItsAnswer() {
        List<Finding> findings = sidoarjoUpToTheRecap().step(8, e -> {
            e.decision = null;
            e.running();
        }).evaluateAt(wib("2024-07-01T15:00"));

        assertThat(withCode(findings, NOT_RECORDED)).isEmpty();
    }
}
