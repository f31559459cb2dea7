package id.patuh.catalog;

import java.util.ArrayList;
import java.util.List;

/** Collects the problems of one catalog file. */
final class ProblemSink {

    private final String file;
    private final List<CatalogProblem> problems = new ArrayList<>();

    ProblemSink(String file) {
        this.file = file;
    }

    void add(int line, String field, String message) {
        problems.add(new CatalogProblem(file, line, field, message));
    }

    String file() {
        return file;
    }

    List<CatalogProblem> problems() {
        return problems;
    }

    boolean isEmpty() {
        return problems.isEmpty();
    }
}
