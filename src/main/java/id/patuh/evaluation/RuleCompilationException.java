package id.patuh.evaluation;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The rules folder does not compile. The message names file, line and Drools' message of every
 * error, so whoever edited the rules can fix them all in one go.
 */
public class RuleCompilationException extends RuntimeException {

    private final transient List<RuleProblem> problems;

    public RuleCompilationException(List<RuleProblem> problems) {
        super(describe(problems));
        this.problems = List.copyOf(problems);
    }

    public List<RuleProblem> problems() {
        return problems;
    }

    private static String describe(List<RuleProblem> problems) {
        return "Aturan tidak dapat dikompilasi / rules do not compile (" + problems.size() + " "
                + (problems.size() == 1 ? "error" : "errors") + "):"
                + problems.stream().map(p -> "\n  " + p).collect(Collectors.joining());
    }
}
