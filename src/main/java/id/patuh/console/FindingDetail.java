package id.patuh.console;

import java.util.List;

import id.patuh.findings.FindingView;

/**
 * Everything the detail page of one finding shows.
 *
 * @param sopName     null when the SOP is not (or no longer) in the catalog
 * @param step        null for findings about no step
 * @param explanation null when the finding has no time computation to explain
 * @param actions     the follow-up steps open from the finding's status (each shown only to its role)
 * @param brokenAt    when the rule was broken (the finding's dilanggar_pada), in the unit's zone
 */
record FindingDetail(FindingView finding, String codeLabel, String codeMeaning, String sopName, Step step,
        String zone, String detectedAt, String updatedAt, FindingEvidence evidence, FindingExplanation explanation,
        List<HistoryRow> history, List<FindingAction> actions, String brokenAt) {

    /** The finding's own words as it stores them, the half in the request's language. */
    public String message() {
        return FindingList.message(finding);
    }

    /** Whether the unit has a step to take now (its report form shows only then). */
    public boolean hasUnitStep() {
        return actions.stream().anyMatch(FindingAction::byUnit);
    }

    /** The SOP step a finding is about, as the SOP sheet gives it. */
    record Step(int no, String activity, String pelaksana, String waktu) {
    }

    record HistoryRow(String at, String actor, String from, String to, String note) {
    }
}
