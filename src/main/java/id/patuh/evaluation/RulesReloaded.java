package id.patuh.evaluation;

/** Published after a rule reload, successful or not (for the security audit log). */
public record RulesReloaded(boolean ok, String version, String message) {
}
