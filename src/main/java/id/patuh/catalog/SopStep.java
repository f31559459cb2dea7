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
        boolean executorsInferred) {

    public SopStep {
        executors = List.copyOf(executors);
        kelengkapan = List.copyOf(kelengkapan);
    }

    /** A step whose executors were read from the SOP, not inferred. */
    public SopStep(int no, String activity, List<String> executors, List<String> kelengkapan, MutuBakuWaktu waktu,
            String waktuText, String output, String keterangan, Decision decision, boolean verification) {
        this(no, activity, executors, kelengkapan, waktu, waktuText, output, keterangan, decision, verification,
                false);
    }

    public boolean isDecision() {
        return decision != null;
    }
}
