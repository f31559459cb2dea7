package id.patuh.findings;

import id.patuh.errors.DomainException;
import id.patuh.errors.Refusal;
import id.patuh.messages.Text;

/** A lifecycle change that is not allowed (or a finding that does not exist). */
public class FindingTransitionException extends DomainException {

    FindingTransitionException(Refusal refusal, Text detail) {
        super(refusal, title(refusal), detail);
    }

    /** A finding the caller may not see is answered as one that does not exist: nothing tells it apart. */
    static FindingTransitionException notFound(String id) {
        return new FindingTransitionException(Refusal.NOT_FOUND, new Text("findings.refused.notFound", id));
    }

    private static Text title(Refusal refusal) {
        return switch (refusal) {
            case NOT_FOUND -> new Text("findings.refused.notFound.title");
            case INVALID -> new Text("findings.refused.invalid.title");
            default -> new Text("findings.refused.conflict.title");
        };
    }
}
