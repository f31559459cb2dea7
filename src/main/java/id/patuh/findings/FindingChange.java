package id.patuh.findings;

/**
 * One change a reconciliation or an auditor made, with the labels metrics may use.
 *
 * @param kind what happened to the finding
 */
public record FindingChange(Kind kind, String code, String severity, String unit, String sopCode) {

    /** What happened. */
    public enum Kind { RAISED, UPDATED, REOPENED, CLOSED }
}
