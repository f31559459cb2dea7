package id.patuh.errors;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A refusal with a message a user can act on (Bahasa Indonesia first, then English after
 * " / "), a short title, and the fields a client reads besides the message. No HTTP type: the
 * same exception serves the API, the console and the command line.
 */
public abstract class DomainException extends RuntimeException {

    private final Refusal refusal;
    private final String title;
    private final Map<String, Object> properties = new LinkedHashMap<>();

    protected DomainException(Refusal refusal, String title, String detail) {
        this(refusal, title, detail, null);
    }

    protected DomainException(Refusal refusal, String title, String detail, Throwable cause) {
        super(detail, cause);
        this.refusal = refusal;
        this.title = title;
    }

    public Refusal refusal() {
        return refusal;
    }

    public String title() {
        return title;
    }

    /** The message, as the problem detail's {@code detail}. */
    public String detail() {
        return getMessage();
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
