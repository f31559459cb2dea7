package id.patuh.catalog;

import java.util.Locale;

import id.patuh.messages.Text;
import id.patuh.messages.Texts;

/**
 * One error in a catalog file.
 *
 * @param file    file name
 * @param line    1-based line, 0 when the problem is about the whole file
 * @param field   dotted path of the field, e.g. {@code steps[3].waktu}
 * @param indonesian the problem in Bahasa Indonesia
 * @param english    the problem in English
 */
public record CatalogProblem(String file, int line, String field, String indonesian, String english) {

    /** A problem worded by the catalog bundle, in both languages at once (the command line prints both). */
    static CatalogProblem of(String file, int line, String field, Text text) {
        return new CatalogProblem(file, line, field, text.id(), text.en());
    }

    /** Bahasa Indonesia, then " / " and English: what the command line and the logs print. */
    public String message() {
        return indonesian + " / " + english;
    }

    /** {@code file:line: field: problem} in one language, for an answer to a request. */
    public String in(Locale locale) {
        return file + ":" + line + ": " + field + ": " + (Texts.supported(locale).equals(Texts.EN) ? english : indonesian);
    }

    @Override
    public String toString() {
        return file + ":" + line + ": " + field + ": " + message();
    }
}
