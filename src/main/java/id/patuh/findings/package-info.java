/**
 * Findings as facts with a lifecycle: stored under a deterministic id (same code + subject =
 * same finding), reconciled per evaluation scope (a case, an indicator subject, an SOP), closed
 * automatically with a reason when they no longer hold — never deleted — and followed up by
 * the inspektorat: terbuka → ditindaklanjuti → selesai, or dikecualikan. Every change is kept
 * in the finding's own history and in the append-only audit trail.
 *
 * <p>This package also drives evaluation: right after each ingested batch, and in a periodic
 * sweep for what time alone changes (deadlines passing, running steps going over).
 */
package id.patuh.findings;
