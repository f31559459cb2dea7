package id.patuh.catalog;

/**
 * One error in a catalog file.
 *
 * @param file    file name
 * @param line    1-based line, 0 when the problem is about the whole file
 * @param field   dotted path of the field, e.g. {@code steps[3].waktu}
 * @param message Bahasa Indonesia, then " / " and English
 */
public record CatalogProblem(String file, int line, String field, String message) {

    @Override
    public String toString() {
        return file + ":" + line + ": " + field + ": " + message;
    }
}
