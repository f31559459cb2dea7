package id.patuh.catalog;

import java.util.List;

import id.patuh.calendar.MutuBakuWaktu;

/**
 * One row of the SOP table.
 *
 * @param waktu        normalised Mutu Baku time, null where the SOP gives none
 * @param waktuText    the Waktu cell as written
 * @param decision     branches of a decision step, null otherwise
 * @param verification whether this step is the SOP's verification of the collected data
 * @param executorsInferred whether {@code executors} were inferred from the activity text rather
 *                     than read from the flowchart (scanned SOPs lose its marks)
 * @param handIn       whether units hand in the collected data at this step (it opens the
 *                     verification window, semantics v2)
 */
public record SopStep(
        int no,
        String activity,
        List<String> executors,
        List<String> kelengkapan,
        MutuBakuWaktu waktu,
        String waktuText,
        String output,
        String keterangan,
        Decision decision,
        boolean verification,
        boolean executorsInferred,
        boolean handIn) {

    public SopStep {
        executors = List.copyOf(executors);
        kelengkapan = List.copyOf(kelengkapan);
    }

    /** A step whose executors were read from the SOP, not inferred, and not where units hand in data. */
    public SopStep(int no, String activity, List<String> executors, List<String> kelengkapan, MutuBakuWaktu waktu,
            String waktuText, String output, String keterangan, Decision decision, boolean verification) {
        this(no, activity, executors, kelengkapan, waktu, waktuText, output, keterangan, decision, verification,
                false, false);
    }

    public boolean isDecision() {
        return decision != null;
    }
}
