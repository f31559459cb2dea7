package id.patuh.report;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import java.util.Optional;

import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;

import id.patuh.errors.Refusal;
import id.patuh.messages.Text;

/**
 * SOP evaluation forms in MongoDB ({@code sop_evaluations}), one document per (tenant, SOP code,
 * period). Each save replaces the document only if nobody saved in between ({@code version}), so
 * two evaluators at once cannot silently drop each other's answers or history.
 */
final class SopEvaluationStore {

    static final String COLLECTION = "sop_evaluations";

    private final MongoTemplate mongo;

    SopEvaluationStore(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    static String id(String tenant, String code, String period) {
        // \u001f cannot occur in tenant codes, SOP codes or periods
        return tenant + "\u001f" + code + "\u001f" + period;
    }

    Optional<Document> find(String tenant, String code, String period) {
        return Optional.ofNullable(collection().find(Filters.eq("_id", id(tenant, code, period))).first());
    }

    /** Writes {@code next} over {@code previous} (null when there was none); 409 when someone saved meanwhile. */
    void save(Document previous, Document next) {
        long version = previous == null ? 0 : previous.get("version", Number.class).longValue();
        next.put("version", version + 1);
        try {
            if (previous == null) {
                collection().insertOne(next);
                return;
            }
            if (collection().replaceOne(Filters.and(Filters.eq("_id", next.get("_id")), Filters.eq("version", version)),
                    next).getMatchedCount() == 1) {
                return;
            }
        } catch (MongoWriteException e) {
            if (e.getError().getCategory() != ErrorCategory.DUPLICATE_KEY) {
                throw e;
            }
        }
        throw new SopEvaluationRefused(Refusal.CONFLICT, "version", new Text("report.sopEvaluation.savedMeanwhile"));
    }

    static Document entry(Instant at, String actor, List<String> changes) {
        return new Document("at", Date.from(at)).append("actor", actor).append("perubahan", changes);
    }

    static LocalDate date(Document d, String key) {
        String text = d.getString(key);
        return text == null ? null : LocalDate.parse(text);
    }

    private MongoCollection<Document> collection() {
        return mongo.getCollection(COLLECTION);
    }
}
