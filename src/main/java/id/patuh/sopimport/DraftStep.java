package id.patuh.sopimport;

import java.util.List;

/**
 * One step of a draft, each value as the document writes it; null where the cell is blank.
 *
 * @param kelengkapan null for a blank cell (the catalog tells "none given" from "empty list")
 * @param decisionYa  next step on "Ya" for a decision step, else null (and so {@code decisionTidak})
 */
record DraftStep(int no, int line, String activity, List<String> executors, List<String> kelengkapan,
        String waktu, String output, String keterangan, Integer decisionYa, Integer decisionTidak,
        boolean verifikasi) {

    DraftStep withDecision(int ya, int tidak, boolean verification) {
        return new DraftStep(no, line, activity, executors, kelengkapan, waktu, output, keterangan, ya, tidak,
                verification);
    }

    DraftStep withExecutors(List<String> roles) {
        return new DraftStep(no, line, activity, roles, kelengkapan, waktu, output, keterangan, decisionYa,
                decisionTidak, verifikasi);
    }
}
