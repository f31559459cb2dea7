package id.patuh.console;

import id.patuh.messages.Texts;

/**
 * Words that reach a page in both languages (a row error as the import report stores it, a
 * reader's problem): the page shows the one of its own language, as it shows its bundle keys.
 */
final class PageLanguage {

    private PageLanguage() {
    }

    /** The English text on an English page when there is one, else the Indonesian. */
    static String pick(String indonesian, String english) {
        return Texts.english() && english != null && !english.isBlank() ? english : indonesian;
    }
}
