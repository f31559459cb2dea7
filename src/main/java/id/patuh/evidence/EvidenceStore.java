package id.patuh.evidence;

import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.bson.Document;
import org.bson.types.ObjectId;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.gridfs.GridFsTemplate;

import com.mongodb.client.gridfs.model.GridFSFile;

/** Evidence files in GridFS: the bytes in chunks, the description in the file's metadata. */
final class EvidenceStore {

    private final GridFsTemplate gridFs;

    EvidenceStore(GridFsTemplate gridFs) {
        this.gridFs = gridFs;
    }

    Evidence save(InputStream content, Evidence described) {
        Document metadata = new Document("unit", described.unit()).append("tenant", described.tenant())
                .append("target", described.target().label()).append("targetId", described.targetId())
                .append("mediaType", described.mediaType()).append("size", described.size())
                .append("sha256", described.sha256()).append("uploadedBy", described.uploadedBy())
                .append("uploadedAt", Date.from(described.uploadedAt()));
        ObjectId id = gridFs.store(content, described.fileName(), described.mediaType(), metadata);
        return new Evidence(id.toHexString(), described.unit(), described.target(), described.targetId(),
                described.fileName(), described.mediaType(), described.size(), described.sha256(),
                described.uploadedBy(), described.uploadedAt());
    }

    Optional<Evidence> find(String id) {
        if (!ObjectId.isValid(id)) {
            return Optional.empty();
        }
        return Optional.ofNullable(gridFs.findOne(Query.query(Criteria.where("_id").is(new ObjectId(id)))))
                .map(EvidenceStore::evidence);
    }

    /** The evidence of these targets (of one kind) within one tenant, oldest first. */
    List<Evidence> of(String tenant, EvidenceTarget target, Collection<String> targetIds) {
        List<Evidence> found = new ArrayList<>();
        gridFs.find(Query.query(Criteria.where("metadata.tenant").is(tenant).and("metadata.target")
                .is(target.label()).and("metadata.targetId").in(targetIds)))
                .forEach(f -> found.add(evidence(f)));
        found.sort(java.util.Comparator.comparing(Evidence::uploadedAt).thenComparing(Evidence::id));
        return found;
    }

    /** The evidence of these kinds of target, per tenant its own target ids, in one query; oldest first. */
    List<Evidence> of(Map<String, ? extends Collection<String>> targetIdsByTenant, Collection<EvidenceTarget> kinds) {
        List<Criteria> perTenant = targetIdsByTenant.entrySet().stream().filter(e -> !e.getValue().isEmpty())
                .map(e -> Criteria.where("metadata.tenant").is(e.getKey()).and("metadata.targetId").in(e.getValue()))
                .toList();
        List<Evidence> found = new ArrayList<>();
        if (perTenant.isEmpty() || kinds.isEmpty()) {
            return found;
        }
        gridFs.find(Query.query(new Criteria().andOperator(Criteria.where("metadata.target")
                .in(kinds.stream().map(EvidenceTarget::label).toList()), new Criteria().orOperator(perTenant))))
                .forEach(f -> found.add(evidence(f)));
        found.sort(java.util.Comparator.comparing(Evidence::uploadedAt).thenComparing(Evidence::id));
        return found;
    }

    InputStream open(String id) throws IOException {
        GridFSFile file = gridFs.findOne(Query.query(Criteria.where("_id").is(new ObjectId(id))));
        return gridFs.getResource(file).getInputStream();
    }

    private static Evidence evidence(GridFSFile file) {
        Document m = file.getMetadata();
        Instant at = m.getDate("uploadedAt").toInstant();
        return new Evidence(file.getObjectId().toHexString(), m.getString("unit"),
                EvidenceTarget.of(m.getString("target")).orElseThrow(), m.getString("targetId"), file.getFilename(),
                m.getString("mediaType"), ((Number) m.get("size")).longValue(), m.getString("sha256"),
                m.getString("uploadedBy"), at);
    }
}
