package id.patuh.findings;

/**
 * Published after one scope was evaluated (for the evaluation-duration metric).
 *
 * @param kind  {@code case}, {@code subject} or {@code sop}
 * @param nanos how long evaluation and reconciliation took
 */
public record ScopeEvaluated(String kind, long nanos) {
}
