package id.patuh.errors;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import id.patuh.messages.Text;

/**
 * A refusal with a message a user can act on, a short title, and the fields a client reads
 * besides the message. The title and message are {@link Text}s from the module's bundle, put into
 * words in the language of whoever receives them ({@link #title()}, {@link #detail()}: the
 * request's language; {@link #getMessage()}: both, Indonesian first, for logs and the command
 * line). No HTTP type: the same exception serves the API, the console and the command line.
 */
public abstract class DomainException extends RuntimeException {

    private final Refusal refusal;
    private final Text title;
    private final Text detail;
    private final Map<String, Object> properties = new LinkedHashMap<>();

    protected DomainException(Refusal refusal, Text title, Text detail) {
        this(refusal, title, detail, null);
    }

    protected DomainException(Refusal refusal, Text title, Text detail, Throwable cause) {
        super(detail.both(), cause);
        this.refusal = refusal;
        this.title = title;
        this.detail = detail;
    }

    public Refusal refusal() {
        return refusal;
    }

    /** The title in the language of the request being served (Bahasa Indonesia outside one). */
    public String title() {
        return title.current();
    }

    /** The message in the language of the request being served, as the problem detail's {@code detail}. */
    public String detail() {
        return detail.current();
    }

    /** The message as a key and arguments, for a caller that picks the language itself. */
    public Text detailText() {
        return detail;
    }

    /** Extra fields of the problem detail (e.g. {@code parameter}, {@code value}), in insertion order. */
    public Map<String, Object> properties() {
        return Collections.unmodifiableMap(properties);
    }

    /** For subclasses' constructors: adds a field to the problem detail. */
    protected final void property(String name, Object value) {
        properties.put(name, value);
    }
}
