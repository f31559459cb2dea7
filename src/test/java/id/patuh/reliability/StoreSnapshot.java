package id.patuh.reliability;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

import org.bson.Document;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import id.patuh.cases.StoreKeys;

/**
 * What an embedded file store holds, read after its process ended (or was killed): the case
 * documents, every event id they hold (as often as they hold it), the id registry, and each
 * finding as {@code id code status}.
 */
record StoreSnapshot(long cases, List<String> eventIds, long registered, List<String> findings) {

    static StoreSnapshot of(Path file) {
        MongoServer server = new MongoServer(new H2Backend(file.toString()));
        try {
            server.bind("127.0.0.1", 0);
            try (MongoClient client = MongoClients.create(server.getConnectionString())) {
                MongoDatabase db = client.getDatabase("patuh");
                List<String> events = new ArrayList<>();
                db.getCollection(StoreKeys.CASES).find().forEach(c -> c.get("events", Document.class).values()
                        .forEach(e -> events.add(((Document) e).getString("event_id"))));
                TreeSet<String> findings = new TreeSet<>();
                db.getCollection("findings").find().forEach(f -> findings.add(f.getString("_id") + " "
                        + f.getString("code") + " " + f.getString("status")));
                return new StoreSnapshot(db.getCollection(StoreKeys.CASES).countDocuments(), events,
                        db.getCollection(StoreKeys.IDS).countDocuments(), List.copyOf(findings));
            }
        } finally {
            server.shutdownNow();
        }
    }
}
