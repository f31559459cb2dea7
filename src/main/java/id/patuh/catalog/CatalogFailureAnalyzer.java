package id.patuh.catalog;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

import id.patuh.messages.Texts;

/** Turns an invalid catalog at start-up into a short report instead of a stack trace. */
class CatalogFailureAnalyzer extends AbstractFailureAnalyzer<CatalogValidationException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, CatalogValidationException cause) {
        return new FailureAnalysis(cause.getMessage(), Texts.both("catalog.startup.action"), cause);
    }
}
