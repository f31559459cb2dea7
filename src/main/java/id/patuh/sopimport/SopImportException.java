package id.patuh.sopimport;

/** The document cannot become a draft: not an SOP, unreadable, or over a configured limit. */
public class SopImportException extends RuntimeException {

    public SopImportException(String indonesian, String english) {
        super(indonesian + " / " + english);
    }

    public SopImportException(String indonesian, String english, Throwable cause) {
        super(indonesian + " / " + english, cause);
    }
}
