package id.patuh.overview;

import java.util.List;

import id.patuh.report.MonthlyAdherence;
import id.patuh.report.ReadinessReport;

/** What the overview reads for one unit: its readiness report, its monthly trend, its overdue follow-ups. */
record UnitFigures(String unit, ReadinessReport report, List<MonthlyAdherence> trend, long overdue) {
}
