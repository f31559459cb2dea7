package id.patuh.console;

import java.util.List;

import id.patuh.catalog.SopStep;

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

    /** The state, in the words of the page (and its English). */
    enum State {
        BELUM("belum", "not started"), BERJALAN("berjalan", "running"), SELESAI("selesai", "finished"),
        DILEWATI("dilewati", "skipped by a decision");

        private final String text;
        private final String textEn;

        State(String text, String textEn) {
            this.text = text;
            this.textEn = textEn;
        }

        public String text() {
            return text;
        }

        public String textEn() {
            return textEn;
        }
    }

    /** Whether one of the runs is past its Mutu Baku (said in words on the page, not only in colour). */
    public boolean over() {
        return runs.stream().anyMatch(CaseFlowRun::over);
    }
}
