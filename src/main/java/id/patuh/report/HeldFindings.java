package id.patuh.report;

import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import id.patuh.findings.FindingStatus;
import id.patuh.findings.FindingView;
import id.patuh.findings.Kondisi;

/**
 * Which stored findings still say something happened. A finding the inspektorat accepted as an
 * exception, or one whose condition no longer holds (kondisi tidak_berlaku, set by the system
 * from newer data), is not counted against the unit; one settled after a follow-up still is: it
 * did happen.
 */
final class HeldFindings {

    private final List<FindingView> held;
    private final List<FindingView> excepted;
    /** Held findings by sop_code and case_id: a report asks once per case, for tens of thousands of cases. */
    private final java.util.Map<String, List<FindingView>> byCase;

    HeldFindings(List<FindingView> all) {
        this.held = all.stream().filter(HeldFindings::held).toList();
        this.excepted = all.stream().filter(f -> f.status() == FindingStatus.DIKECUALIKAN).toList();
        this.byCase = held.stream().filter(f -> f.caseId() != null && f.sopCode() != null)
                .collect(java.util.stream.Collectors.groupingBy(f -> caseKey(f.sopCode(), f.caseId())));
    }

    private static String caseKey(String sopCode, String caseId) {
        return sopCode + "|" + caseId;
    }

    static boolean held(FindingView f) {
        return f.status() != FindingStatus.DIKECUALIKAN && f.kondisi() == Kondisi.BERLAKU;
    }

    List<FindingView> all() {
        return held;
    }

    Stream<FindingView> withCode(Set<String> codes) {
        return held.stream().filter(f -> codes.contains(f.code()));
    }

    Stream<FindingView> ofCase(String sopCode, String caseId, Set<String> codes) {
        return byCase.getOrDefault(caseKey(sopCode, caseId), List.of()).stream().filter(f -> codes.contains(f.code()));
    }

    /**
     * Evidence (event ids) of findings with these codes that the inspektorat accepted as
     * exceptions: a measure computed from the data itself treats them as conforming, like the
     * measures read from findings do.
     */
    Set<String> excusedEvidence(Set<String> codes) {
        return excepted.stream().filter(f -> codes.contains(f.code())).flatMap(f -> f.evidence().stream())
                .collect(java.util.stream.Collectors.toSet());
    }

    List<String> ids(Stream<FindingView> findings) {
        return findings.map(FindingView::id).toList();
    }
}
