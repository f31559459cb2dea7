package id.patuh.evaluation;

/**
 * Stored data a reload tries new rules on before they replace the serving ones, so that a rule that
 * compiles but throws when it runs is refused instead of failing every evaluation after the swap.
 */
interface RuleTrialData {

    /**
     * Evaluates up to {@code limit} stored cases and {@code limit} stored subjects with the
     * {@code candidate} rules, as the service would.
     *
     * @return how many were evaluated; 0 when nothing is stored
     */
    int tryOn(RuleEngine candidate, int limit);
}
