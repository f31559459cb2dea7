package id.patuh.overview;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The per-step count the SOP sheet and the overview share, and the step the overview names as slipping most. */
class StepRunsTests {

    @Test
    void theMedianOfAnEvenCountIsTheMeanOfTheMiddleTwoAndNoRunsHaveNone() {
        StepRuns runs = new StepRuns();
        assertThat(runs.median()).isNull();
        for (int minutes : new int[] {40, 10, 30, 20}) {
            runs.add(Duration.ofMinutes(minutes), minutes > 30);
        }
        assertThat(runs.median()).isEqualTo(Duration.ofMinutes(25));
        assertThat(runs.finished()).isEqualTo(4);
        assertThat(runs.overran()).isEqualTo(1);
        for (int i = 0; i < 20; i++) {
            runs.add(Duration.ofMinutes(50), true);
        }
        assertThat(runs.median()).isEqualTo(Duration.ofMinutes(50));
    }

    @Test
    void theStepThatSlipsMostHasTheLargestShareOverAndOnATieMoreLateRuns() {
        Overview.StepFigure half = step(1, 2, 1);
        Overview.StepFigure halfMore = step(2, 10, 5);
        Overview.StepFigure never = step(3, 9, 0);
        Overview o = overview(List.of(half, halfMore, never));
        assertThat(o.slipsMost().step()).isEqualTo(halfMore);
        assertThat(o.slipsMost().overRatio()).isEqualTo(0.5);
        assertThat(overview(List.of(never)).slipsMost()).as("nothing late: no step to name").isNull();
    }

    private static Overview.StepFigure step(int no, int finished, int overran) {
        return new Overview.StepFigure(no, "Langkah " + no, finished, overran, "1 jam", 60L, 30.0, "/x");
    }

    private static Overview overview(List<Overview.StepFigure> steps) {
        Overview.Share share = new Overview.Share(0, 0, "/x");
        return new Overview("2024-Q1", "Triwulan I 2024", null, null, List.of(), null, List.of(),
                List.of(new Overview.SopFigure("s", "S", share, steps)), List.of(), List.of());
    }
}
