package id.patuh.evaluation;

import id.patuh.errors.DomainException;
import id.patuh.errors.Refusal;
import id.patuh.messages.Text;

/**
 * A reload found the rules folder (or the title abbreviations) broken: the request was fine, the
 * folder cannot be processed. Carries every problem with its file and line ({@code errors}) and
 * the version that keeps serving ({@code version}).
 */
class RulesReloadRefused extends DomainException {

    RulesReloadRefused(RuleCompilationException broken, String serving) {
        super(Refusal.UNPROCESSABLE, new Text("evaluation.reload.refused.title"),
                new Text("evaluation.reload.refused.detail", serving), broken);
        property("errors", broken.problems());
        property("version", serving);
    }
}
