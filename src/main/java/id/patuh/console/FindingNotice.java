package id.patuh.console;

import java.io.Serializable;

import id.patuh.errors.DomainException;

/**
 * A message on a console page after a decision or an upload. The findings pages give it one text,
 * in the language of the request that made the decision (the redirected page is asked for in the
 * same one); {@code en} stays for the pages that still print an English line beside it.
 *
 * <p>Serializable: it crosses a redirect as a flash attribute, in the session kept in the store.
 *
 * @param kind {@code ok} or {@code error}, which is also the {@code .alert} class
 * @param en   empty when {@code text} is already in the request's language
 */
record FindingNotice(String kind, String text, String en) implements Serializable {

    static FindingNotice ok(String text) {
        return new FindingNotice("ok", text, "");
    }

    static FindingNotice error(String text) {
        return new FindingNotice("error", text, "");
    }

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

    /** A service's refusal in the request's language. */
    static FindingNotice errorOf(DomainException refused) {
        return error(refused.detail());
    }
}
