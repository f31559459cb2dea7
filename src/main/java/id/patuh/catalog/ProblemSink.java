package id.patuh.catalog;

import java.util.ArrayList;
import java.util.List;

/** Collects the problems (errors) and warnings of one catalog file. */
final class ProblemSink {

    private final String file;
    private final List<CatalogProblem> problems = new ArrayList<>();
    private final List<CatalogProblem> warnings = new ArrayList<>();

    ProblemSink(String file) {
        this.file = file;
    }

    void add(int line, String field, String message) {
        problems.add(new CatalogProblem(file, line, field, message));
    }

    /** A gap worth reporting that does not make the file invalid (e.g. a step without waktu). */
    void warn(int line, String field, String message) {
        warnings.add(new CatalogProblem(file, line, field, message));
    }

    List<CatalogProblem> warnings() {
        return warnings;
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
