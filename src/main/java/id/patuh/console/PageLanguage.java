package id.patuh.console;

import id.patuh.errors.DomainException;
import id.patuh.messages.Texts;

/**
 * Words that reach a page already written in both languages (a row error as the import report
 * stores it, a reader's problem, a refusal written "id / en"): the page shows the one of its own
 * language, as it shows its bundle keys.
 */
final class PageLanguage {

    private PageLanguage() {
    }

    static boolean english() {
        return Texts.EN.equals(Texts.currentLocale());
    }

    /** The English text on an English page when there is one, else the Indonesian. */
    static String pick(String indonesian, String english) {
        return english() && english != null && !english.isBlank() ? english : indonesian;
    }

    /** One half of a message written "Indonesian / English"; the whole when it has no such halves. */
    static String half(String both) {
        if (both == null) {
            return null;
        }
        int slash = both.lastIndexOf(" / ");
        return slash < 0 ? both : pick(both.substring(0, slash), both.substring(slash + 3));
    }

    /** A refusal's message in the page's language, whether its module already words it from a bundle or not yet. */
    static String of(DomainException refusal) {
        return refusal.detailText() != null ? refusal.detail() : half(refusal.getMessage());
    }
}
