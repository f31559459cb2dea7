package id.patuh.catalog;

import java.util.List;
import java.util.stream.Collectors;

import id.patuh.messages.Texts;

/** The catalog has errors; nothing of it was loaded. */
public class CatalogValidationException extends RuntimeException {

    private final transient List<CatalogProblem> problems;

    public CatalogValidationException(List<CatalogProblem> problems) {
        super(describe(problems));
        this.problems = List.copyOf(problems);
    }

    public List<CatalogProblem> problems() {
        return problems;
    }

    /** Both languages: the message is read at start-up and on the command line. */
    private static String describe(List<CatalogProblem> problems) {
        return Texts.both("catalog.invalid.summary", problems.size()) + ":\n"
                + problems.stream().map(p -> "  " + p).collect(Collectors.joining("\n"));
    }
}
