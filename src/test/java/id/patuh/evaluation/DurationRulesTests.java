package id.patuh.evaluation;

import static id.patuh.evaluation.Fixtures.wib;
import static id.patuh.evaluation.Fixtures.withCode;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/** durations.drl */
class DurationRulesTests {

    private static final String CODE = "DURATION_EXCEEDED";

    /** Kemlagi step 3, "Menghimpun format data…", waktu 60 (minutes). */
    private static List<Finding> kemlagiStep3(String start, String finish, String now) {
        return withCode(CaseScript.of(Fixtures.KEMLAGI, wib(start)).steps(1, 2)
                .step(3, e -> e.startAt(wib(start)).finishAt(finish == null ? null : wib(finish)))
                .evaluateAt(wib(now)), CODE);
    }

    @Test
    void flagsFinishedStepThatRanPastItsMutuBaku() {
        List<Finding> findings = kemlagiStep3("2024-07-02T09:00", "2024-07-02T11:35", "2024-07-03T09:00");

        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.stepNo()).isEqualTo(3);
            assertThat(f.rule()).isEqualTo("DURATION_EXCEEDED finished step");
            assertThat(f.severity()).isEqualTo("sedang");
            assertThat(f.message()).startsWith("Langkah 3 (Menghimpun format data dan informasi…) berlangsung "
                    + "2 j 35 m waktu kerja, standar Mutu Baku 1 jam");
            assertThat(f.messageEn()).contains("took 2 h 35 min of working time", "standard is 1 hour");
            assertThat(f.evidence()).containsExactly("case-1-e3");
            assertThat(f.detectedAt()).isEqualTo(wib("2024-07-03T09:00"));
        });
    }

    @Test
    void stepExactlyAtItsStandardIsCompliant() {
        assertThat(kemlagiStep3("2024-07-02T09:00", "2024-07-02T10:00", "2024-07-03T09:00")).isEmpty();
    }

    @Test
    void upToTwiceTheStandardIsRendahAndBeyondIsSedang() {
        assertThat(kemlagiStep3("2024-07-02T09:00", "2024-07-02T11:00", "2024-07-03T09:00"))
                .singleElement().extracting(Finding::severity).isEqualTo("rendah");
        assertThat(kemlagiStep3("2024-07-02T09:00", "2024-07-02T11:01", "2024-07-03T09:00"))
                .singleElement().extracting(Finding::severity).isEqualTo("sedang");
    }

    @Test
    void countsOnlyWorkingTimeAcrossTheLunchBreak() {
        // 11:30-12:00 and 13:00-13:30 on a Tuesday: one working hour, exactly the standard.
        assertThat(kemlagiStep3("2024-07-02T11:30", "2024-07-02T13:30", "2024-07-03T09:00")).isEmpty();
    }

    @Test
    void fridayEveningToMondayMorningIsTwentyWorkingMinutes() {
        // Suak Midai step 4, 30 Menit: Friday 16:20-16:30 plus Monday 07:30-07:40.
        List<Finding> findings = CaseScript.of(Fixtures.SUAKMIDAI, wib("2024-04-19T08:00")).steps(1, 2, 3)
                .step(4, e -> e.startAt(wib("2024-04-19T16:20")).finishAt(wib("2024-04-22T07:40")))
                .evaluateAt(wib("2024-04-23T09:00"));

        assertThat(withCode(findings, CODE)).isEmpty();
    }

    @Test
    void flagsRunningStepOnceItIsPastItsDueTime() {
        List<Finding> findings = kemlagiStep3("2024-07-02T09:00", null, "2024-07-02T10:30");

        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo("DURATION_EXCEEDED running step");
            assertThat(f.severity()).isEqualTo("rendah");
            assertThat(f.message()).contains("belum selesai pada 2024-07-02 10:30 WIB",
                    "batas 2024-07-02 10:00 WIB", "1 j 30 m");
        });
    }

    @Test
    void runningStepBeforeItsDueTimeIsNotFlagged() {
        assertThat(kemlagiStep3("2024-07-02T09:00", null, "2024-07-02T10:00")).isEmpty();
    }

    @Test
    void stepFinishingAfterTheEvaluationTimeIsStillRunningThen() {
        assertThat(kemlagiStep3("2024-07-02T09:00", "2024-07-02T12:00", "2024-07-02T09:59")).isEmpty();
    }

    @Test
    void daysStandardIsDueAtTheSameClockTimeNWorkingDaysLater() {
        // Tanjunganom step 3, "3 hari": Monday 09:00 is due Thursday 09:00.
        assertThat(tanjunganomStep3("2024-07-01T09:00", "2024-07-04T09:00")).isEmpty();
        assertThat(tanjunganomStep3("2024-07-01T09:00", "2024-07-04T09:05")).singleElement()
                .satisfies(f -> {
                    assertThat(f.severity()).isEqualTo("rendah");
                    assertThat(f.message()).contains("standar Mutu Baku 3 hari kerja", "batas 2024-07-04 09:00 WIB");
                });
    }

    @Test
    void stepWithoutWaktuHasNoDurationCheck() {
        // Way Kanan table 1, step 6: the waktu cell is blank.
        List<Finding> findings = CaseScript.of(Fixtures.WAYKANAN_1, wib("2024-07-01T08:00")).steps(1, 2, 3, 4, 5)
                .step(6, e -> e.startAt(wib("2024-07-08T08:00")).finishAt(wib("2024-07-19T15:00")))
                .evaluateAt(wib("2024-07-22T08:00"));

        assertThat(withCode(findings, CODE)).isEmpty();
    }

    @Test
    void aFinishedStepWasBrokenWhenItsStandardRanOutNotWhenItFinishedOrWasDetected() {
        List<Finding> findings = kemlagiStep3("2024-07-02T09:00", "2024-07-02T11:35", "2024-07-03T09:00");

        assertThat(findings).singleElement().extracting(Finding::brokenAt).isEqualTo(wib("2024-07-02T10:00"));
    }

    @Test
    void aRunningStepWasBrokenAtItsDueInstantWhateverTheEvaluationTime() {
        assertThat(kemlagiStep3("2024-07-02T09:00", null, "2024-07-02T10:30")).singleElement()
                .extracting(Finding::brokenAt).isEqualTo(wib("2024-07-02T10:00"));
        // evaluating again later gives the same instant: the age grows, the finding does not change
        assertThat(kemlagiStep3("2024-07-02T09:00", null, "2024-07-09T10:30")).singleElement()
                .extracting(Finding::brokenAt).isEqualTo(wib("2024-07-02T10:00"));
    }

    @Test
    void theDueInstantSkipsTheWeekendAndTheIdulFitriHolidays() {
        // Suak Midai step 4, 30 Menit, from Friday 5 April 2024 16:20: 10 minutes that Friday, then
        // the weekend, cuti bersama and Idul Fitri (8-12 April), the weekend again and cuti bersama
        // on Monday 15 April; the other 20 minutes run on Tuesday 16 April from 07:30.
        List<Finding> findings = CaseScript.of(Fixtures.SUAKMIDAI, wib("2024-04-05T08:00")).steps(1, 2, 3)
                .step(4, e -> e.startAt(wib("2024-04-05T16:20")).finishAt(wib("2024-04-16T09:00")))
                .evaluateAt(wib("2024-04-17T09:00"));

        assertThat(withCode(findings, CODE)).singleElement().extracting(Finding::brokenAt)
                .isEqualTo(wib("2024-04-16T07:50"));
    }

    @Test
    void aRuleWithoutADeadlineGivesNoDueInstant() {
        List<Finding> findings = CaseScript.of(Fixtures.KEMLAGI, wib("2024-07-01T09:00")).steps(1)
                .step(2, e -> e.role = "Bendahara").evaluateAt(wib("2024-07-10T09:00"));

        assertThat(withCode(findings, "WRONG_EXECUTOR")).singleElement().extracting(Finding::brokenAt).isNull();
    }

    private static List<Finding> tanjunganomStep3(String start, String finish) {
        return withCode(CaseScript.of(Fixtures.TANJUNGANOM, wib(start)).steps(1, 2)
                .step(3, e -> e.startAt(wib(start)).finishAt(wib(finish)))
                .evaluateAt(wib("2024-07-10T09:00")), CODE);
    }
}
