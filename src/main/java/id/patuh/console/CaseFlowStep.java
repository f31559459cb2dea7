package id.patuh.console;

import java.util.List;

import id.patuh.catalog.SopStep;
import id.patuh.messages.Texts;

/**
 * One step of an SOP as the recording page shows it for one case: where the case stands on it,
 * its runs so far, and where a decision leads.
 *
 * @param branches "Ya → langkah 9 · Tidak → langkah 7" for a decision step, null otherwise
 * @param next     whether the flow expects this step next (its form is open on the page)
 */
record CaseFlowStep(SopStep step, State state, String branches, List<CaseFlowRun> runs, boolean next) {

    CaseFlowStep {
        runs = List.copyOf(runs);
    }

    /** The state: its code (the page's {@code data-state} and style class) and its words in the page's language. */
    enum State {
        BELUM("belum"), BERJALAN("berjalan"), SELESAI("selesai"), DILEWATI("dilewati");

        private final String text;

        State(String text) {
            this.text = text;
        }

        /** The code, the same in every language: pages and tests select on it. */
        public String text() {
            return text;
        }

        public String label() {
            return switch (this) {
                case BELUM -> Texts.current("console.record.state.belum");
                case BERJALAN -> Texts.current("console.record.state.berjalan");
                case SELESAI -> Texts.current("console.record.state.selesai");
                case DILEWATI -> Texts.current("console.record.state.dilewati");
            };
        }
    }

    /** Whether one of the runs is past its Mutu Baku (said in words on the page, not only in colour). */
    public boolean over() {
        return runs.stream().anyMatch(CaseFlowRun::over);
    }
}
