package id.patuh.sopimport;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import id.patuh.messages.Text;
import id.patuh.sopimport.StepRows.Building;

/**
 * Decision steps. A flowchart draws a decision as a diamond with "Ya" and "Tidak" arrows; a scan
 * or a plain table keeps at most the labels, never the arrows. A step followed by a branch label
 * is a decision whose "Ya" goes on to the next step; where "Tidak" goes cannot be read, and is
 * taken to be the step before (the usual loop back to redo the checked work) — a doubt.
 */
final class Decisions {

    private Decisions() {
    }

    static List<DraftStep> resolve(List<DraftStep> steps, List<Building> rows, DoubtList doubts) {
        List<DraftStep> result = new ArrayList<>(steps);
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).branches().isEmpty()) {
                continue;
            }
            DraftStep step = steps.get(i);
            String field = StepRows.field(step.no(), "decision");
            if (i + 1 >= steps.size() || i == 0) {
                doubts.add(field, step.line(), new Text("sopimport.doubt.branch-without-target"));
                continue;
            }
            boolean verification = step.activity().toLowerCase(Locale.ROOT).contains("verifikasi");
            result.set(i, step.withDecision(step.no() + 1, step.no() - 1, verification));
            doubts.add(field, step.line(), new Text("sopimport.doubt.decision-inferred",
                    String.valueOf(rows.get(i).branches()), step.no() + 1, step.no() - 1));
        }
        return result;
    }
}
