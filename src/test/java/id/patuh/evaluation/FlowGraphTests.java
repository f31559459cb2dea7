package id.patuh.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FlowGraphTests {

    @Test
    void everyEarlierStepIsMandatoryInALinearSop() {
        FlowGraph flow = FlowGraph.of(Fixtures.sop(Fixtures.KEMLAGI));

        assertThat(flow.mandatoryBefore(4)).containsExactly(1, 2, 3);
        assertThat(flow.mandatoryBefore(1)).isEmpty();
        assertThat(flow.predecessors(4)).containsExactly(3);
    }

    @Test
    void aLoopBackAddsAPredecessorButNoMandatoryStep() {
        // Sidoarjo step 8 decides: ya -> 9, tidak -> back to 7.
        FlowGraph flow = FlowGraph.of(Fixtures.sop(Fixtures.SIDOARJO));

        assertThat(flow.predecessors(7)).containsExactly(6, 8);
        assertThat(flow.mandatoryBefore(7)).containsExactly(1, 2, 3, 4, 5, 6);
        assertThat(flow.mandatoryBefore(9)).containsExactly(1, 2, 3, 4, 5, 6, 7, 8);
        assertThat(flow.predecessors(9)).containsExactly(8);
    }

    @Test
    void stepsABranchJumpsOverAreNotMandatoryAfterTheJump() {
        FlowGraph flow = FlowGraph.of(BranchingSop.create());

        assertThat(flow.mandatoryBefore(4)).containsExactly(1, 2);
        assertThat(flow.mandatoryBefore(3)).containsExactly(1, 2);
        assertThat(flow.predecessors(4)).containsExactly(2, 3);
    }
}
