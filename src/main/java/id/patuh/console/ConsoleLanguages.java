package id.patuh.console;

import java.util.List;
import java.util.Locale;
import java.util.StringJoiner;

import id.patuh.messages.Texts;

/**
 * The header's language switch: one link per supported language to the same page with the same
 * query, only {@code lang} replaced, so that choosing a language never loses a filter. The
 * {@code lang} parameter is read by the locale interceptor, which keeps the choice in a cookie.
 *
 * @param choices Bahasa Indonesia first, then English
 */
record ConsoleLanguages(List<Choice> choices) {

    /** @param current whether this is the language the page is in ({@code aria-current}) */
    record Choice(String code, String label, String href, boolean current) {
    }

    /**
     * @param path  the page's path as the browser asked for it (context path included)
     * @param query the raw query string, or null
     */
    static ConsoleLanguages of(String path, String query, Locale shown) {
        String language = Texts.supported(shown).getLanguage();
        String kept = without(query);
        return new ConsoleLanguages(List.of(
                choice("id", Texts.current("console.layout.lang.id"), path, kept, language),
                choice("en", Texts.current("console.layout.lang.en"), path, kept, language)));
    }

    private static Choice choice(String code, String label, String path, String kept, String language) {
        String href = path + "?" + (kept.isEmpty() ? "" : kept + "&") + "lang=" + code;
        return new Choice(code, label, href, code.equals(language));
    }

    /** The query as it came (still encoded), without any {@code lang} parameter. */
    static String without(String query) {
        if (query == null || query.isBlank()) {
            return "";
        }
        StringJoiner kept = new StringJoiner("&");
        for (String part : query.split("&")) {
            if (!part.isEmpty() && !part.equals("lang") && !part.startsWith("lang=")) {
                kept.add(part);
            }
        }
        return kept.toString();
    }
}
