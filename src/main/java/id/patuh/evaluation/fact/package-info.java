/**
 * The facts the rules in {@code rules/} match on, and the {@link id.patuh.evaluation.fact.Violation}
 * they raise.
 *
 * <p>These types are public only because Drools compiles the rules in its own class loader, which
 * cannot see package-private classes; nothing outside {@code id.patuh.evaluation} uses them. Facts
 * are plain records whose calendar arithmetic is already done, so a rule only compares values.
 * They are never modified, hence {@code @ClassReactive}: property reactivity would buy nothing and
 * Drools warns when it cannot map a constraint on a record to a property. The two mutable types,
 * {@link id.patuh.evaluation.fact.Violation} and {@link id.patuh.evaluation.fact.CapaianBand}, are
 * how decision-table rows hand their answer to the rules.
 */
package id.patuh.evaluation.fact;
