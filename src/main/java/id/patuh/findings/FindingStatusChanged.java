package id.patuh.findings;

/** Published when someone changed a finding's status (for the security audit log). */
public record FindingStatusChanged(String findingId, FindingStatus from, FindingStatus to, String actor,
        String note, String tenant) {
}
