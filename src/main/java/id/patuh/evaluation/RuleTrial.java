package id.patuh.evaluation;

import java.util.List;

import org.kie.api.runtime.rule.ConsequenceException;

/**
 * Runs freshly compiled rules on sample data before they serve (issue 19): a rule that compiles
 * but throws when it fires would otherwise fail every evaluation after the swap. The first
 * exception is reported as a {@link RuleProblem} naming the rule, so the reload answers 422.
 */
final class RuleTrial {

    private RuleTrial() {
    }

    /**
     * Tries the candidate on stored data when there is any, else on {@link BuiltInTrialSample}.
     *
     * @param stored null when the application has no store (tests, tools)
     * @throws RuleCompilationException naming the rule that threw
     */
    static void run(RuleEngine candidate, RuleTrialData stored, int limit) {
        try {
            if (stored == null || stored.tryOn(candidate, limit) == 0) {
                BuiltInTrialSample.tryOn(candidate);
            }
        } catch (RuntimeException e) {
            throw new RuleCompilationException(List.of(problem(candidate, e)));
        }
    }

    private static RuleProblem problem(RuleEngine candidate, RuntimeException e) {
        ConsequenceException consequence = find(e, ConsequenceException.class);
        Throwable cause = consequence != null && consequence.getCause() != null ? consequence.getCause() : e;
        String rule = consequence != null && consequence.getMatch() != null
                ? consequence.getMatch().getRule().getName() : null;
        String file = rule == null ? "(aturan / rules)" : candidate.fileOf(rule).orElse("(aturan / rules)");
        String what = rule == null ? "sebuah aturan / a rule" : "aturan \"" + rule + "\" / rule \"" + rule + "\"";
        return new RuleProblem(file, 0, what + " melempar galat saat dijalankan pada data contoh / throws when run on "
                + "sample data: " + cause);
    }

    private static <T extends Throwable> T find(Throwable e, Class<T> type) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }
}
