/**
 * Compliance metrics for Prometheus: the only package that registers meters.
 *
 * <p>Gauges are computed from the stored state (cases, indicator subjects, findings) on start and
 * every {@code patuh.metrics.refresh-interval}, so they are right after a restart and never drift
 * from what the API shows. Counters and the evaluation timer follow the events of the ingest and
 * findings features. Every label is bounded: SOP code, unit (capped, the rest aggregated into
 * {@value id.patuh.metrics.UnitLabels#OTHER}), step number, finding code, severity, status, period
 * (the latest few). Metric names and meanings: {@code dashboards/README.md}.
 */
package id.patuh.metrics;
