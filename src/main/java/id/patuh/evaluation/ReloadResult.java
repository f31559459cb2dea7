package id.patuh.evaluation;

/**
 * The rules now serving after a successful reload.
 *
 * @param version {@link RuleEngine#version()}
 * @param rules   how many rules (DRL rules and decision-table rows) it holds
 */
public record ReloadResult(String version, int rules) {
}
