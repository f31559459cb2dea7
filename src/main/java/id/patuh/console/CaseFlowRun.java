package id.patuh.console;

import java.util.List;

/**
 * One recorded run of a step (one event), as the recording page lists it.
 *
 * @param started   {@code 2024-04-02 08:00 WIB}
 * @param finished  null while running
 * @param startedIso the stored start with its offset: the completion form sends it back unchanged
 * @param evidence  ids of the evidence files attached to this event
 * @param timing    working time used and left against the Mutu Baku, in words; null without a waktu
 * @param over      past its Mutu Baku as the rules judge it
 */
record CaseFlowRun(String eventId, String actorRole, String actorId, String started, String finished,
        String startedIso, List<String> kelengkapan, String output, String decision, List<String> evidence,
        String timing, boolean over) {

    CaseFlowRun {
        kelengkapan = List.copyOf(kelengkapan);
        evidence = List.copyOf(evidence);
    }

    public boolean running() {
        return finished == null;
    }
}
