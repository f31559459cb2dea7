package id.patuh.evaluation;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Turns rules that do not compile at start-up into a short report instead of a stack trace. */
class RulesFailureAnalyzer extends AbstractFailureAnalyzer<RuleCompilationException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, RuleCompilationException cause) {
        return new FailureAnalysis(cause.getMessage(),
                "Perbaiki berkas aturan yang disebut (berkas, baris), lalu jalankan lagi. / Fix the named rule "
                        + "files (file, line) and start again.",
                cause);
    }
}
