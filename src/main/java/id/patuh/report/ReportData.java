package id.patuh.report;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import id.patuh.cases.CaseData;
import id.patuh.cases.SubjectData;
import id.patuh.catalog.Sop;
import id.patuh.findings.FindingView;

/**
 * Everything stored that a report on one unit and period reads; the calculators work on this
 * alone, so they can be tested on plain records.
 *
 * @param subjects  indicator subjects of the unit (and its sub-units) for the period's data periods
 * @param cases     the unit's cases whose first event started in the period (in the unit's zone)
 * @param findings  findings about those subjects and cases, and about the SOPs the unit runs, in any status
 * @param sopOfCase sop_code of every case of the tenant, to tie a data request to its SOP
 * @param unitSops  the SOPs the catalog says the tenant runs
 */
record ReportData(ReportUnit unit, ReportPeriod period, Instant asOf, List<SubjectData> subjects,
        List<CaseData> cases, List<FindingView> findings, Map<String, String> sopOfCase, List<Sop> unitSops) {
}
