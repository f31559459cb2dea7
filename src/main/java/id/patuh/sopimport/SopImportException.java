package id.patuh.sopimport;

import id.patuh.errors.DomainException;
import id.patuh.errors.Refusal;
import id.patuh.messages.Text;

/**
 * The document cannot become a draft: not an SOP, unreadable, or over a configured limit; or a
 * checked draft cannot join the catalog. {@link #getMessage()} gives both languages (the command
 * line's report); {@link #detail()} the language of the request being served (the console).
 */
public class SopImportException extends DomainException {

    public SopImportException(Text message) {
        super(Refusal.UNPROCESSABLE, new Text("sopimport.refused.title"), message);
    }

    public SopImportException(Text message, Throwable cause) {
        super(Refusal.UNPROCESSABLE, new Text("sopimport.refused.title"), message, cause);
    }
}
