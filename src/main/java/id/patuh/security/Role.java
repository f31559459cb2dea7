package id.patuh.security;

/** The roles of patuh; Spring authorities are {@code ROLE_<name>}. */
public enum Role {
    ADMIN, INSPEKTORAT, SEKCAM, OPERATOR, EVALUATOR, SCRAPER;

    public String authority() {
        return "ROLE_" + name();
    }
}
