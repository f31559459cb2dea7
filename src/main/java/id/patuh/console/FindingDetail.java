package id.patuh.console;

import java.util.List;

import id.patuh.findings.FindingView;

/**
 * Everything the detail page of one finding shows.
 *
 * @param sopName     null when the SOP is not (or no longer) in the catalog
 * @param step        null for findings about no step
 * @param explanation null when the finding has no time computation to explain
 * @param actions     the decisions open from the finding's status (shown only to the inspektorat)
 */
record FindingDetail(FindingView finding, String codeLabel, String codeMeaning, String sopName, Step step,
        String zone, String detectedAt, String updatedAt, FindingEvidence evidence, FindingExplanation explanation,
        List<HistoryRow> history, List<FindingAction> actions) {

    /** The SOP step a finding is about, as the SOP sheet gives it. */
    record Step(int no, String activity, String pelaksana, String waktu) {
    }

    record HistoryRow(String at, String actor, String from, String to, String note) {
    }
}
