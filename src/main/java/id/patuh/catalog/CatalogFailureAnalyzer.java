package id.patuh.catalog;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Turns an invalid catalog at start-up into a short report instead of a stack trace. */
class CatalogFailureAnalyzer extends AbstractFailureAnalyzer<CatalogValidationException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, CatalogValidationException cause) {
        return new FailureAnalysis(cause.getMessage(),
                "Perbaiki berkas katalog yang disebut, lalu jalankan lagi; periksa dengan "
                        + "`java -jar target/patuh.jar catalog check sop-catalog`. / Fix the named catalog files "
                        + "and start again; check them with `catalog check`.",
                cause);
    }
}
