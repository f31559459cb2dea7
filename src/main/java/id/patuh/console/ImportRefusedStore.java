package id.patuh.console;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;

import id.patuh.ingest.RefusedRows;

/**
 * The console's uploads and their refused rows, kept after the request so that the operator
 * can download the rows again ({@code import_refused}). One document per upload ({@code _id} =
 * import id) and its rows in chunk documents ({@code <id>#<n>}), each read by {@code _id}, so a
 * download never scans and no document nears the store's size limit.
 */
@Component
class ImportRefusedStore {

    static final String COLLECTION = "import_refused";
    private static final int CHUNK_ROWS = 500;
    private static final long CHUNK_CHARS = 2_000_000;

    private final MongoTemplate mongo;

    ImportRefusedStore(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    void save(ImportedFile file, RefusedRows.Table table) {
        List<Document> chunks = chunks(file.id(), table.rows());
        if (!chunks.isEmpty()) {
            collection().insertMany(chunks);
        }
        // the upload's document last: a download never finds it without all its rows
        collection().insertOne(new Document("_id", file.id()).append("actor", file.actor())
                .append("all_tenants", file.allTenants()).append("tenants", List.copyOf(file.tenants()))
                .append("at", Date.from(file.at())).append("kind", file.kind()).append("format", file.format())
                .append("file_name", file.fileName()).append("header", table.header())
                .append("rows", table.rows().size()).append("truncated", file.truncated())
                .append("chunks", chunks.size()));
    }

    Optional<ImportedFile> find(String id) {
        return Optional.ofNullable(collection().find(Filters.eq("_id", id)).first()).map(ImportRefusedStore::file);
    }

    /** The uploads among {@code ids} that the console made; others (API imports) are absent. */
    Map<String, ImportedFile> findAll(Collection<String> ids) {
        Map<String, ImportedFile> found = new HashMap<>();
        if (!ids.isEmpty()) {
            collection().find(Filters.in("_id", ids)).forEach(d -> found.put(d.getString("_id"), file(d)));
        }
        return found;
    }

    /** The refused rows of an upload in line order, chunk by chunk. */
    void forEachRow(ImportedFile file, Consumer<RefusedRows.Row> action) {
        for (int n = 0; n < file.chunks(); n++) {
            Document chunk = collection().find(Filters.eq("_id", file.id() + "#" + n)).first();
            if (chunk == null) {
                continue;
            }
            for (Document row : chunk.getList("rows", Document.class)) {
                action.accept(new RefusedRows.Row(row.getLong("line"), row.getList("cells", String.class),
                        row.getString("reason"), row.getString("reason_en")));
            }
        }
    }

    private static List<Document> chunks(String id, List<RefusedRows.Row> rows) {
        List<Document> chunks = new ArrayList<>();
        List<Document> current = new ArrayList<>();
        long chars = 0;
        for (RefusedRows.Row row : rows) {
            current.add(new Document("line", row.line()).append("cells", row.cells()).append("reason", row.reason())
                    .append("reason_en", row.reasonEn()));
            chars += row.cells().stream().mapToLong(String::length).sum() + row.reason().length();
            if (current.size() >= CHUNK_ROWS || chars >= CHUNK_CHARS) {
                chunks.add(chunk(id, chunks.size(), current));
                current = new ArrayList<>();
                chars = 0;
            }
        }
        if (!current.isEmpty()) {
            chunks.add(chunk(id, chunks.size(), current));
        }
        return chunks;
    }

    private static Document chunk(String id, int n, List<Document> rows) {
        return new Document("_id", id + "#" + n).append("import_id", id).append("rows", rows);
    }

    private static ImportedFile file(Document d) {
        return new ImportedFile(d.getString("_id"), d.getString("actor"), d.getBoolean("all_tenants", false),
                d.getList("tenants", String.class), d.getDate("at").toInstant(), d.getString("kind"),
                d.getString("format"), d.getString("file_name"), d.getList("header", String.class),
                d.getInteger("rows", 0), d.getBoolean("truncated", false), d.getInteger("chunks", 0));
    }

    private MongoCollection<Document> collection() {
        return mongo.getCollection(COLLECTION);
    }
}
