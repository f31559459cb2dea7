/**
 * The compliance overview: how compliant a caller's units are in a quarter and where they slip,
 * for the console's start page and {@code GET /api/overview}. It computes nothing of its own that
 * the reports or the SOP sheet already compute: headline, per-SOP and trend figures are the
 * readiness report's ({@code report.ReportService}), per-step figures are the SOP sheet's
 * measure ({@link id.patuh.evaluation.StepDurations}), so the page, the API, the gauges and the
 * report cannot disagree.
 */
package id.patuh.overview;
