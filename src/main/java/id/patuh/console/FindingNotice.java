package id.patuh.console;

import java.io.Serializable;

/**
 * A message on a findings page after a decision: Indonesian first, English small.
 *
 * <p>Serializable: it crosses a redirect as a flash attribute, in the session kept in the store.
 *
 * @param kind {@code ok} or {@code error}, which is also the {@code .alert} class
 */
record FindingNotice(String kind, String text, String en) implements Serializable {

    static FindingNotice ok(String text, String en) {
        return new FindingNotice("ok", text, en);
    }

    static FindingNotice error(String text, String en) {
        return new FindingNotice("error", text, en);
    }

    /** A service message written "Indonesian / English". */
    static FindingNotice errorOf(String message) {
        int slash = message.lastIndexOf(" / ");
        return slash < 0 ? error(message, "") : error(message.substring(0, slash), message.substring(slash + 3));
    }
}
