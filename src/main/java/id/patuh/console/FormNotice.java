package id.patuh.console;

import java.io.Serializable;

/**
 * What a recording or evidence form says after a post, in the language of the page that posted it
 * (the redirect's page shows it once).
 *
 * <p>Serializable: it crosses a redirect as a flash attribute, in the session kept in the store.
 *
 * @param kind {@code ok} or {@code error}, which is also the {@code .alert} class
 */
record FormNotice(String kind, String text) implements Serializable {

    static FormNotice ok(String text) {
        return new FormNotice("ok", text);
    }

    static FormNotice error(String text) {
        return new FormNotice("error", text);
    }
}
