package id.patuh.evaluation;

import static id.patuh.evaluation.Fixtures.codes;
import static id.patuh.evaluation.Fixtures.wib;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/** submissions.drl */
class SubmissionRulesTests {

    private static final String DUE = "2024-07-05T16:00";

    @Test
    void flagsRequestPastDueWithoutSubmission() {
        List<Finding> findings = SubjectScript.create().request("req-1", wib(DUE)).evaluateAt(wib("2024-07-08T08:00"));

        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.code()).isEqualTo("MISSING_SUBMISSION");
            assertThat(f.severity()).isEqualTo("tinggi");
            assertThat(f.unit()).isEqualTo(SubjectScript.UNIT);
            assertThat(f.indicatorCode()).isEqualTo("IKU-1");
            assertThat(f.period()).isEqualTo("2024-Q2");
            assertThat(f.stepNo()).isNull();
            assertThat(f.evidence()).containsExactly("req-1");
            assertThat(f.message()).isEqualTo("Data IKU-1 periode 2024-Q2 dari kec-kemlagi/kasi-pemerintahan belum "
                    + "disampaikan pada 2024-07-08 08:00 WIB, padahal batasnya 2024-07-05 16:00 WIB.");
        });
    }

    @Test
    void missingAndLateSubmissionsWereBrokenAtTheRequestsDeadline() {
        assertThat(SubjectScript.create().request("req-1", wib(DUE)).evaluateAt(wib("2024-07-08T08:00")))
                .singleElement().extracting(Finding::brokenAt).isEqualTo(wib(DUE));
        assertThat(SubjectScript.create().request("req-1", wib(DUE))
                .record("rec-1", r -> r.submitted("199001", wib("2024-07-08T10:00")).verified("kabag", wib("2024-07-08T11:00")))
                .evaluateAt(wib("2024-07-09T08:00"))).singleElement().extracting(Finding::brokenAt).isEqualTo(wib(DUE));
    }

    @Test
    void nothingIsMissingBeforeTheDueTime() {
        assertThat(SubjectScript.create().request("req-1", wib(DUE)).evaluateAt(wib(DUE))).isEmpty();
    }

    @Test
    void flagsLateSubmissionAndNotAlsoMissing() {
        List<Finding> findings = SubjectScript.create().request("req-1", wib(DUE))
                .record("rec-1", r -> r.submitted("199001", wib("2024-07-08T10:00")).verified("kabag", wib("2024-07-08T11:00")))
                .evaluateAt(wib("2024-07-09T08:00"));

        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.code()).isEqualTo("LATE_SUBMISSION");
            assertThat(f.severity()).isEqualTo("sedang");
            assertThat(f.evidence()).containsExactly("rec-1", "req-1");
            assertThat(f.message()).contains("pertama disampaikan 2024-07-08 10:00 WIB, melewati batas 2024-07-05 16:00 WIB");
        });
    }

    @Test
    void onTimeSubmissionIsNeitherLateNorMissing() {
        List<Finding> findings = SubjectScript.create().request("req-1", wib(DUE))
                .record("rec-1", r -> r.submitted("199001", wib(DUE)).verified("kabag", wib("2024-07-08T11:00")))
                .evaluateAt(wib("2024-07-09T08:00"));

        assertThat(findings).isEmpty();
    }

    @Test
    void aLaterCorrectionDoesNotMakeAnOnTimeSubmissionLate() {
        List<Finding> findings = SubjectScript.create().request("req-1", wib(DUE))
                .record("rec-1", r -> r.submitted("199001", wib("2024-07-04T10:00")).verified("kabag", wib("2024-07-04T11:00")))
                .record("rec-2", r -> r.submitted("199001", wib("2024-07-08T10:00")).verified("kabag", wib("2024-07-08T11:00")))
                .evaluateAt(wib("2024-07-09T08:00"));

        assertThat(findings).isEmpty();
    }

    @Test
    void aSubmissionAfterTheEvaluationTimeHasNotHappenedYet() {
        List<Finding> findings = SubjectScript.create().request("req-1", wib(DUE))
                .record("rec-1", r -> r.submitted("199001", wib("2024-07-09T10:00")))
                .evaluateAt(wib("2024-07-08T08:00"));

        assertThat(codes(findings)).containsExactly("MISSING_SUBMISSION");
    }

    @Test
    void theLatestRequestSetsTheDeadline() {
        List<Finding> findings = SubjectScript.create().request("req-1", wib(DUE)).request("req-2", wib("2024-07-12T16:00"))
                .record("rec-1", r -> r.submitted("199001", wib("2024-07-10T10:00")).verified("kabag", wib("2024-07-10T11:00")))
                .evaluateAt(wib("2024-07-11T08:00"));

        assertThat(findings).isEmpty();
    }

    @Test
    void withoutARequestNothingCanBeMissing() {
        assertThat(SubjectScript.create().evaluateAt(wib("2024-12-31T08:00"))).isEmpty();
    }
}
