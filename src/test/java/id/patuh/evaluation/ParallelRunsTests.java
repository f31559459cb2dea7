package id.patuh.evaluation;

import static id.patuh.evaluation.Fixtures.wib;
import static id.patuh.evaluation.Fixtures.withCode;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/** sequence.drl on several runs of one step (semantics.md v2, "Several people, one step"). */
class ParallelRunsTests {

    private static final String OUT_OF_ORDER = "STEP_OUT_OF_ORDER";
    private static final String NOW = "2024-07-15T09:00";

    /**
     * Tanjunganom: steps 1-2 on Monday morning, then three Kasi hand in their data (step 3, "dari
     * masing-masing Kasi"), finishing at 10:00, 11:00 and {@code lastHandIn}; the recap (step 4)
     * starts at {@code recapStart}.
     */
    private static List<Finding> handInsThenRecap(String lastHandIn, String recapStart) {
        return CaseScript.of(Fixtures.TANJUNGANOM, wib("2024-07-01T08:00")).steps(1, 2)
                .step(3, e -> kasi(e, "Kasi Pemerintahan", "2024-07-01T09:00", "2024-07-01T10:00"))
                .step(3, e -> kasi(e, "Kepala Seksi Trantib", "2024-07-01T09:05", "2024-07-01T11:00"))
                .step(3, e -> kasi(e, "KASI KESOS", "2024-07-01T09:10", lastHandIn))
                .step(4, e -> e.startAt(wib(recapStart)).finishAt(wib("2024-07-03T10:00")))
                .evaluateAt(wib(NOW));
    }

    private static void kasi(CaseScript.Event e, String title, String start, String finish) {
        e.role = title;
        e.startAt(wib(start)).finishAt(wib(finish));
    }

    @Test
    void aRecapThatStartsWhileSomeKasiAreStillHandingInIsOutOfOrder() {
        List<Finding> findings = handInsThenRecap("2024-07-02T14:00", "2024-07-01T10:30");

        assertThat(findings).extracting(Finding::code).containsExactly(OUT_OF_ORDER);
        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.stepNo()).isEqualTo(4);
            assertThat(f.severity()).isEqualTo("rendah");
            assertThat(f.evidence()).containsExactly("case-1-e4", "case-1-e5", "case-1-e6");
            assertThat(f.message()).contains("sebelum semua pelaksanaan langkah sebelumnya (3) selesai");
        });
    }

    @Test
    void aRecapThatWaitsForEveryHandInIsInOrder() {
        assertThat(handInsThenRecap("2024-07-02T14:00", "2024-07-02T15:00")).isEmpty();
    }

    @Test
    void startingAtTheInstantTheLastHandInFinishedIsInOrder() {
        assertThat(handInsThenRecap("2024-07-02T14:00", "2024-07-02T14:00")).isEmpty();
    }

    @Test
    void aHandInStillRunningMakesTheRecapOutOfOrder() {
        List<Finding> findings = CaseScript.of(Fixtures.TANJUNGANOM, wib("2024-07-01T08:00")).steps(1, 2)
                .step(3, e -> kasi(e, "Kasi Pemerintahan", "2024-07-01T09:00", "2024-07-01T10:00"))
                .step(3, e -> {
                    e.role = "Kasi Trantib";
                    e.startAt(wib("2024-07-01T09:05")).running();
                })
                .step(4, e -> e.startAt(wib("2024-07-01T10:30")).running())
                .evaluateAt(wib("2024-07-01T11:00"));

        assertThat(withCode(findings, OUT_OF_ORDER)).singleElement()
                .satisfies(f -> assertThat(f.evidence()).containsExactly("case-1-e4", "case-1-e5"));
    }

    @Test
    void aHandInThatStartedAfterTheRecapDoesNotMakeItOutOfOrder() {
        List<Finding> findings = CaseScript.of(Fixtures.TANJUNGANOM, wib("2024-07-01T08:00")).steps(1, 2)
                .step(3, e -> kasi(e, "Kasi Pemerintahan", "2024-07-01T09:00", "2024-07-01T10:00"))
                .step(4, e -> e.startAt(wib("2024-07-01T10:30")).finishAt(wib("2024-07-02T10:00")))
                .step(3, e -> kasi(e, "Kasi Trantib", "2024-07-01T11:00", "2024-07-01T12:00"))
                .evaluateAt(wib(NOW));

        assertThat(withCode(findings, OUT_OF_ORDER)).isEmpty();
    }
}
