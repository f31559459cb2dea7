package id.patuh.ingest;

import java.util.Set;

import id.patuh.cases.DataKind;
import id.patuh.cases.StoreKeys;

/**
 * Published after each stored batch, so that evaluation can look at exactly the cases and
 * subjects that changed.
 *
 * @param documentKeys case keys ({@link StoreKeys#caseKey}) for activities, subject keys
 *                     ({@link StoreKeys#subjectKey}) for indicators and requests
 */
public record IngestedBatch(DataKind kind, Set<String> documentKeys) {

    public IngestedBatch {
        documentKeys = Set.copyOf(documentKeys);
    }
}
