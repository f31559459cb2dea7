package id.patuh.reliability;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

import id.patuh.catalog.Sop;
import id.patuh.catalog.SopStep;

/**
 * Batches of valid, never-repeated activity rows (interchange.md §1) for one load client: each
 * batch holds a few cases of one catalog SOP, each case its first steps in order.
 */
final class ActivityBatches {

    static final int CASES_PER_BATCH = 4;
    static final int STEPS_PER_CASE = 5;
    static final String HEADER = "event_id,sop_code,case_id,unit,step_no,actor_role,started_at,finished_at\n";

    /** One request body and the event ids it carries. */
    record Batch(String csv, List<String> ids) {
    }

    private final Sop sop;
    private final String prefix;
    private int next;

    ActivityBatches(List<Sop> sops, String run, int client) {
        this.sop = sops.get(client % sops.size());
        this.prefix = run + "-c" + client;
    }

    Batch next() {
        int n = next++;
        StringBuilder csv = new StringBuilder(HEADER);
        List<String> ids = new ArrayList<>();
        OffsetDateTime day = OffsetDateTime.parse("2024-05-02T08:00:00+07:00").plusDays(n % 200);
        for (int c = 0; c < CASES_PER_BATCH; c++) {
            String caseId = prefix + "-b" + n + "-k" + c;
            List<SopStep> steps = sop.steps().subList(0, Math.min(STEPS_PER_CASE, sop.steps().size()));
            for (int s = 0; s < steps.size(); s++) {
                SopStep step = steps.get(s);
                String id = caseId + "-s" + step.no();
                OffsetDateTime start = day.plusMinutes(10L * s);
                csv.append(String.join(",", id, sop.code(), caseId, sop.units().get(0), String.valueOf(step.no()),
                        quoted(step.executors().get(0)), start.toString(), start.plusMinutes(5).toString()))
                        .append('\n');
                ids.add(id);
            }
        }
        return new Batch(csv.toString(), ids);
    }

    private static String quoted(String cell) {
        return "\"" + cell.replace("\"", "\"\"") + "\"";
    }
}
