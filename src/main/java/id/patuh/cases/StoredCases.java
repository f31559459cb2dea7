package id.patuh.cases;

import java.util.Optional;
import java.util.function.Consumer;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;

/**
 * The read model's façade: stored cases and indicator subjects, as ingest wrote them. Evaluation,
 * findings, metrics, reports and the console query here; only ingest writes.
 */
@Service
@NamedInterface("api")
public class StoredCases {

    private final StoredData stored;

    public StoredCases(MongoTemplate mongo) {
        this.stored = new StoredData(mongo);
    }

    public Optional<CaseData> findCase(String caseKey) {
        return stored.findCase(caseKey);
    }

    public Optional<SubjectData> findSubject(String subjectKey) {
        return stored.findSubject(subjectKey);
    }

    /** Every stored case, streamed (reports, metrics); a full scan, so not for hot paths. */
    public void forEachCase(Consumer<CaseData> action) {
        stored.forEachCase(action);
    }

    /** The cases of one tenant, streamed: every key is scanned, only the tenant's documents are read. */
    public void forEachCaseOf(String tenant, Consumer<CaseData> action) {
        stored.forEachCaseOf(tenant, action);
    }

    /** The indicator subjects of one tenant and its sub-units, streamed. */
    public void forEachSubjectOf(String tenant, Consumer<SubjectData> action) {
        stored.forEachSubjectOf(tenant, action);
    }

    /** Every stored indicator subject, streamed; a full scan. */
    public void forEachSubject(Consumer<SubjectData> action) {
        stored.forEachSubject(action);
    }

    public void forEachCaseKey(Consumer<String> action) {
        stored.forEachKey(StoreKeys.CASES, action);
    }

    public void forEachSubjectKey(Consumer<String> action) {
        stored.forEachKey(StoreKeys.SUBJECTS, action);
    }
}
