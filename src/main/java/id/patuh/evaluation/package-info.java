/**
 * Evaluation: compiles the rules of {@code rules/} (DRL files and decision tables) with Drools,
 * turns one case, one indicator subject or one catalog SOP into facts, and returns the
 * {@link id.patuh.evaluation.Finding}s the rules raise.
 *
 * <p>The meaning of every rule is fixed by semantics.md; {@code docs/rules.md} maps each finding
 * code to the rule that raises it. Rules are reloaded at run time through {@link
 * id.patuh.evaluation.RuleService}; a broken rules folder never replaces working rules.
 */
package id.patuh.evaluation;
