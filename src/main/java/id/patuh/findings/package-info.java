/**
 * Findings as facts with a lifecycle: stored under a deterministic id (same code + subject =
 * same finding), reconciled per evaluation scope (a case, an indicator subject, an SOP), marked as
 * no longer holding (kondisi tidak_berlaku) with a reason — never deleted — and followed up by
 * the inspektorat as audit items (rekomendasi → belum_ditindaklanjuti → dalam_proses → sesuai or
 * tidak_dapat_ditindaklanjuti), or set aside as dikecualikan; whether the condition still holds
 * ({@code kondisi}) is the system's, kept apart from the auditor's judgement. Every change is kept
 * in the finding's own history and in the append-only audit trail.
 *
 * <p>This package also drives evaluation: right after each ingested batch, and in a periodic
 * sweep for what time alone changes (deadlines passing, running steps going over).
 */
package id.patuh.findings;
