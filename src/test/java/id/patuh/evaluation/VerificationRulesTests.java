package id.patuh.evaluation;

import static id.patuh.evaluation.Fixtures.wib;
import static id.patuh.evaluation.Fixtures.withCode;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;

import id.patuh.calendar.MutuBakuWaktu;

/** verification.drl */
class VerificationRulesTests {

    private static final String UNVERIFIED = "UNVERIFIED_DATA";
    private static final String SELF = "SELF_VERIFICATION";

    /** Submitted Monday 1 July 09:00: five working days run until Monday 8 July 09:00. */
    private static final String SUBMITTED = "2024-07-01T09:00";

    @Test
    void flagsRecordNotVerifiedWithinFiveWorkingDays() {
        List<Finding> findings = SubjectScript.create()
                .record("rec-1", r -> r.submitted("199001", wib(SUBMITTED)))
                .evaluateAt(wib("2024-07-08T09:01"));

        assertThat(withCode(findings, UNVERIFIED)).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo("tinggi");
            assertThat(f.evidence()).containsExactly("rec-1");
            assertThat(f.message()).contains("batas verifikasi 5 hari kerja berakhir 2024-07-08 09:00 WIB");
        });
    }

    @Test
    void notFlaggedWhileTheWindowRuns() {
        assertThat(SubjectScript.create().record("rec-1", r -> r.submitted("199001", wib(SUBMITTED)))
                .evaluateAt(wib("2024-07-08T09:00"))).isEmpty();
    }

    @Test
    void aLateVerificationStillCountsOnceItHasHappened() {
        assertThat(SubjectScript.create()
                .record("rec-1", r -> r.submitted("199001", wib(SUBMITTED)).verified("kabag", wib("2024-07-09T09:00")))
                .evaluateAt(wib("2024-07-10T09:00"))).isEmpty();
    }

    @Test
    void aVerificationAfterTheEvaluationTimeHasNotHappenedYet() {
        List<Finding> findings = SubjectScript.create()
                .record("rec-1", r -> r.submitted("199001", wib(SUBMITTED)).verified("kabag", wib("2024-07-09T09:00")))
                .evaluateAt(wib("2024-07-08T10:00"));

        assertThat(withCode(findings, UNVERIFIED)).hasSize(1);
    }

    @Test
    void usesTheWindowOfTheSopsVerificationStep() {
        // Sidoarjo step 8, "Kepala Bagian Perencanaan melakukan verifikasi", 1 Jam.
        MutuBakuWaktu window = Fixtures.sop(Fixtures.SIDOARJO).steps().stream()
                .filter(s -> s.verification()).findFirst().orElseThrow().waktu();
        assertThat(window).isEqualTo(MutuBakuWaktu.ofTime(Duration.ofHours(1)));

        SubjectScript script = SubjectScript.create().verificationWindow(window)
                .record("rec-1", r -> r.submitted("199001", wib("2024-07-01T11:30")));

        // 11:30-12:00 and 13:00-13:30: the hour ends at 13:30, after the lunch break.
        assertThat(script.evaluateAt(wib("2024-07-01T13:30"))).isEmpty();
        assertThat(withCode(script.evaluateAt(wib("2024-07-01T13:31")), UNVERIFIED)).singleElement()
                .extracting(Finding::message).asString().contains("batas verifikasi 1 jam");
    }

    @Test
    void flagsVerificationBySubmitterRegardlessOfCaseAndSpacing() {
        List<Finding> findings = SubjectScript.create()
                .record("rec-1", r -> r.submitted("19680814 199203 2 008", wib(SUBMITTED))
                        .verified("196808141992032008", wib("2024-07-01T10:00")))
                .evaluateAt(wib("2024-07-02T09:00"));

        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.code()).isEqualTo(SELF);
            assertThat(f.severity()).isEqualTo("tinggi");
            assertThat(f.message()).contains("diverifikasi oleh penyampainya sendiri (196808141992032008)");
        });
    }

    @Test
    void verificationByAnotherPersonIsNotSelfVerification() {
        assertThat(SubjectScript.create()
                .record("rec-1", r -> r.submitted("staf.a", wib(SUBMITTED)).verified("kabag.b", wib("2024-07-01T10:00")))
                .evaluateAt(wib("2024-07-02T09:00"))).isEmpty();
    }
}
