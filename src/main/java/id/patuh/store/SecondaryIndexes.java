package id.patuh.store;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.bson.Document;

import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.IndexOptions;

/**
 * The secondary indexes a real MongoDB wants for the list filters and the evidence lookups. This
 * is the one list: docs/storage.md shows it ("Indeks sekunder"), and a test keeps the two alike.
 * The embedded store ignores non-unique indexes, so they are created only on a real MongoDB.
 */
final class SecondaryIndexes {

    /** One index: the collection and its keys in order (1 ascending, -1 descending). */
    record SecondaryIndex(String collection, Map<String, Integer> keys) {

        SecondaryIndex {
            keys = new LinkedHashMap<>(keys);
        }

        /** As docs/storage.md writes it: {@code {tenant: 1, status: 1, detected_at: -1}}. */
        String describeKeys() {
            return keys.entrySet().stream().map(k -> k.getKey() + ": " + k.getValue())
                    .collect(Collectors.joining(", ", "{", "}"));
        }

        /** A stable name, so that a second start (or a second replica) finds the index already there. */
        String name() {
            return "patuh_" + keys.entrySet().stream().map(k -> k.getKey() + "_" + k.getValue())
                    .collect(Collectors.joining("_"));
        }
    }

    static final List<SecondaryIndex> ALL = List.of(
            index("findings", "tenant", 1, "status", 1, "detected_at", -1),
            index("findings", "case_id", 1),
            index("audit_trail", "finding_id", 1),
            index("fs.files", "metadata.tenant", 1, "metadata.target", 1, "metadata.targetId", 1));

    private SecondaryIndexes() {
    }

    /** Creates every index that is missing; an existing one of the same name and keys is left alone. */
    static int create(MongoDatabase database) {
        for (SecondaryIndex index : ALL) {
            database.getCollection(index.collection()).createIndex(new Document(index.keys()),
                    new IndexOptions().name(index.name()));
        }
        return ALL.size();
    }

    static String describe() {
        return ALL.stream().map(i -> i.collection() + " " + i.describeKeys()).collect(Collectors.joining("; "));
    }

    private static SecondaryIndex index(String collection, Object... keysAndOrders) {
        Map<String, Integer> keys = new LinkedHashMap<>();
        for (int i = 0; i < keysAndOrders.length; i += 2) {
            keys.put((String) keysAndOrders[i], (Integer) keysAndOrders[i + 1]);
        }
        return new SecondaryIndex(collection, keys);
    }
}
