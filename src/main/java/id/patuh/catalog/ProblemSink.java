package id.patuh.catalog;

import java.util.ArrayList;
import java.util.List;

import id.patuh.messages.Text;

/** Collects the problems (errors) and warnings of one catalog file. */
final class ProblemSink {

    private final String file;
    private final List<CatalogProblem> problems = new ArrayList<>();
    private final List<CatalogProblem> warnings = new ArrayList<>();

    ProblemSink(String file) {
        this.file = file;
    }

    void add(int line, String field, Text message) {
        problems.add(CatalogProblem.of(file, line, field, message));
    }

    /** A problem whose two wordings are already made (a calendar message with a catalog hint). */
    void add(int line, String field, String indonesian, String english) {
        problems.add(new CatalogProblem(file, line, field, indonesian, english));
    }

    /** A gap worth reporting that does not make the file invalid (e.g. a step without waktu). */
    void warn(int line, String field, Text message) {
        warnings.add(CatalogProblem.of(file, line, field, message));
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
