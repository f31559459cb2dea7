/**
 * SAKIP readiness reports and the PermenPAN-RB 35/2012 SOP monitoring form.
 *
 * <p>Evaluators and the inspektorat used to fill spreadsheets by hand from scattered evidence;
 * patuh already holds that evidence (cases, indicator records, requests, findings), so this
 * feature turns it into documents: a readiness report per unit and period, and a monitoring form
 * per unit and half-year, each as JSON, printable HTML, XLSX, CSV and PDF. Every figure keeps the
 * ids of the records behind it so a reader can drill down. The readiness score is an internal
 * indication, never the official SAKIP evaluation.
 *
 * <p>{@link id.patuh.report.ReportService} is the façade; its methods take the unit and period
 * explicitly and only read, so an access check can wrap them.
 */
package id.patuh.report;
