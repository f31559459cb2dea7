package id.patuh.catalog;

import java.util.List;
import java.util.stream.Collectors;

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

    private static String describe(List<CatalogProblem> problems) {
        return "Katalog SOP tidak valid, " + problems.size() + " masalah / SOP catalog is invalid, "
                + problems.size() + " problem(s):\n"
                + problems.stream().map(p -> "  " + p).collect(Collectors.joining("\n"));
    }
}
