package id.patuh.evaluation;

import static id.patuh.evaluation.Fixtures.wib;
import static id.patuh.evaluation.Fixtures.withCode;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;

import id.patuh.calendar.DayCounting;
import id.patuh.calendar.MutuBakuWaktu;
import id.patuh.catalog.Sop;
import id.patuh.catalog.SopStep;

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
            assertThat(f.brokenAt()).as("the end of the window, on the same calendar").isEqualTo(wib("2024-07-08T09:00"));
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
    void withoutAHandInStepTheWindowIsTheVerificationStepsWaktu() {
        // The 2023 test version of Sidoarjo marks no hand-in step: step 8, "melakukan verifikasi", 1 Jam.
        Sop older = Fixtures.OLD_SIDOARJO;
        assertThat(VerificationWindow.fromSteps(older).orElseThrow().parts())
                .containsExactly(MutuBakuWaktu.ofTime(Duration.ofHours(1)));

        SubjectScript script = SubjectScript.create().collectedUnder(older)
                .record("rec-1", r -> r.submitted("199001", wib("2024-07-01T11:30")));

        // 11:30-12:00 and 13:00-13:30: the hour ends at 13:30, after the lunch break.
        assertThat(script.evaluateAt(wib("2024-07-01T13:29"))).isEmpty();
        assertThat(script.evaluateAt(wib("2024-07-01T13:30"))).isEmpty();
        assertThat(withCode(script.evaluateAt(wib("2024-07-01T13:31")), UNVERIFIED)).singleElement()
                .extracting(Finding::message).asString().contains("batas verifikasi 1 jam");
    }

    @Test
    void withAHandInStepTheWindowRunsFromHandInThroughVerification() {
        // Sidoarjo: step 6 (hand-in) 1 Hari + step 7 2 Jam + step 8 1 Jam = 1 hari 3 jam, not 1 jam.
        VerificationWindow window = Fixtures.engine().verificationWindow(Fixtures.sop(Fixtures.SIDOARJO));
        assertThat(window.steps()).containsExactly(6, 7, 8);
        assertThat(window.text(DayCounting.WORKING)).isEqualTo("1 hari kerja 3 jam");

        SubjectScript script = SubjectScript.create().collectedUnder(Fixtures.sop(Fixtures.SIDOARJO))
                .record("rec-1", r -> r.submitted("199001", wib("2024-07-01T10:00")));

        // Monday 10:00 + 1 working day = Tuesday 10:00; + 3 working hours: 10-12 and 13-14.
        assertThat(script.evaluateAt(wib("2024-07-01T11:01"))).as("v1's 1 jam no longer applies").isEmpty();
        assertThat(script.evaluateAt(wib("2024-07-02T13:59"))).isEmpty();
        assertThat(script.evaluateAt(wib("2024-07-02T14:00"))).isEmpty();
        assertThat(withCode(script.evaluateAt(wib("2024-07-02T14:01")), UNVERIFIED)).singleElement()
                .extracting(Finding::message).asString()
                .contains("batas verifikasi 1 hari kerja 3 jam berakhir 2024-07-02 14:00 WIB");
    }

    @Test
    void aHandInStepAfterTheVerificationStepDoesNotWidenTheWindow() {
        Sop sop = Fixtures.sop(Fixtures.SIDOARJO);
        List<SopStep> steps = sop.steps().stream().map(s -> new SopStep(s.no(), s.activity(), s.executors(),
                s.kelengkapan(), s.waktu(), s.waktuText(), s.output(), s.keterangan(), s.decision(), s.verification(),
                s.executorsInferred(), s.no() == 9)).toList();
        Sop handInLate = new Sop(sop.code(), sop.name(), sop.instansi(), sop.source(), sop.nomor(),
                sop.tanggalPembuatan(), sop.tanggalRevisi(), sop.tanggalEfektif(), sop.disahkanOleh(),
                sop.penandatangan(), sop.units(), sop.dayCounting(), sop.roles(), steps, sop.documentation());

        assertThat(VerificationWindow.fromSteps(handInLate).orElseThrow().steps()).containsExactly(8);
    }

    @Test
    void anSopWithoutVerificationStepGetsThePolicyTablesDefault() {
        VerificationWindow window = Fixtures.engine().verificationWindow(Fixtures.sop(Fixtures.KEMLAGI));

        assertThat(window.isDefault()).isTrue();
        assertThat(window.parts()).containsExactly(MutuBakuWaktu.ofDays(5));
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
