package id.patuh.store;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.bson.Document;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;

/**
 * Child process of {@link EmbeddedStoreDurabilityTests}: starts the embedded file store,
 * writes without pause (single inserts and batches, as ingest will) and prints
 * {@code ACK <highest id>} after each acknowledged write, until it is killed.
 */
public final class DurabilityProbe {

    private DurabilityProbe() {
    }

    public static void main(String[] args) {
        Path file = Path.of(args[0]);
        StoreProperties properties = new StoreProperties(StoreProperties.EmbeddedBackend.FILE, file, "127.0.0.1", 0,
                "patuh");
        EmbeddedMongoServer server = new EmbeddedMongoServer(properties);
        try (MongoClient client = MongoClients.create(server.connectionString())) {
            MongoCollection<Document> events = client.getDatabase("patuh").getCollection("events");
            int id = 0;
            while (true) {
                if (id % 2 == 0) {
                    events.insertOne(document(++id));
                } else {
                    List<Document> batch = new ArrayList<>();
                    for (int i = 0; i < 50; i++) {
                        batch.add(document(++id));
                    }
                    events.insertMany(batch);
                }
                System.out.println("ACK " + id);
                System.out.flush();
            }
        }
    }

    private static Document document(int id) {
        return new Document("_id", id).append("payload", "x".repeat(200));
    }
}
