package id.patuh.errors;

/** What kind of refusal a {@link DomainException} is; only the web layer knows the status it becomes. */
public enum Refusal {
    /** The request itself is incomplete or malformed. */
    INVALID,
    /** The caller may not do this (e.g. a unit outside their scope). */
    FORBIDDEN,
    NOT_FOUND,
    /** The state changed or does not allow this step now. */
    CONFLICT,
    TOO_LARGE,
    UNSUPPORTED_TYPE,
    /** Understood, but what it names (a catalog, a rule folder) cannot be processed. */
    UNPROCESSABLE,
    /** The store cannot answer now; sending the same request later is right. */
    UNAVAILABLE
}
