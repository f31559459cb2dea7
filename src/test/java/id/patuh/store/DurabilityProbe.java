package id.patuh.store;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.bson.Document;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;

/**
 * Child process of {@link EmbeddedStoreDurabilityTests} and {@link StoreRecoveryTests}: starts
 * the embedded file store, writes without pause (single inserts and batches, as ingest will)
 * and prints {@code ACK <highest id>} after each acknowledged write, until it is killed.
 * Arguments: the store file, then optionally the collection (default {@code events}) and a
 * number of writes after which it prints {@code DONE} and waits to be killed.
 */
public final class DurabilityProbe {

    private DurabilityProbe() {
    }

    public static void main(String[] args) throws InterruptedException {
        Path file = Path.of(args[0]);
        StoreProperties properties = new StoreProperties(StoreProperties.EmbeddedBackend.FILE, file, "127.0.0.1", 0,
                "patuh");
        String collection = args.length > 1 ? args[1] : "events";
        long writes = args.length > 2 ? Long.parseLong(args[2]) : Long.MAX_VALUE;
        EmbeddedMongoServer server = new EmbeddedMongoServer(properties);
        try (MongoClient client = MongoClients.create(server.clientSettings())) {
            MongoCollection<Document> events = client.getDatabase("patuh").getCollection(collection);
            int id = 0;
            for (long write = 0; write < writes; write++) {
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
            System.out.println("DONE");
            System.out.flush();
            Thread.sleep(Long.MAX_VALUE);
        }
    }

    /** String ids, like the id registry's ({@code activities:<event_id>}). */
    private static Document document(int id) {
        return new Document("_id", "probe:" + id).append("payload", "x".repeat(200));
    }
}
