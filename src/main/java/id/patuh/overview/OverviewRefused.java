package id.patuh.overview;

import id.patuh.errors.DomainException;
import id.patuh.errors.Refusal;
import id.patuh.messages.Text;

/** An overview request that cannot be served (a period that is not a quarter, a unit not the caller's). */
final class OverviewRefused extends DomainException {

    OverviewRefused(Refusal refusal, Text title, Text detail) {
        super(refusal, title, detail);
    }
}
