package id.patuh.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.data.mongodb.core.MongoTemplate;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;

import id.patuh.cases.StoreKeys;

/**
 * A registry written before ids counted per tenant ({@code activities:<id>}) is moved to the
 * per-tenant keys at start-up, once, and a re-send after the move is judged as before it.
 */
@ExtendWith(OutputCaptureExtension.class)
class RegistryTenantMigrationTests {

    private static final String MOVED_LOG = "id registry moved to per-tenant keys";

    private final MongoServer server = new MongoServer(new MemoryBackend());
    private final MongoClient client = MongoClients.create(server.bindAndGetConnectionString());
    private final MongoTemplate mongo = new MongoTemplate(client, "patuh");
    private final MongoCollection<Document> registry = mongo.getCollection(StoreKeys.IDS);

    @AfterEach
    void close() {
        client.close();
        server.shutdownNow();
    }

    @Test
    void movesOldKeysToTheirTenantOnceAndLogsItOnce(CapturedOutput output) {
        registry.insertMany(List.of(
                old("activities:ev-1", "kec-kemlagi|case-1", "h1"),
                old("indicators:r|1", "kec-tanjunganom/kasi-umum|IKU-1|2024-Q1", "h2"),
                old("requests:q.1", "setda-sidoarjo-perencanaan|IKU-2|2024", "h3")));

        long moved = new RegistryTenantMigration(mongo).ensureDone();

        assertThat(moved).isEqualTo(3);
        assertThat(ids()).containsExactlyInAnyOrder("activities:kec-kemlagi|ev-1",
                "indicators:kec-tanjunganom|r|1", "requests:setda-sidoarjo-perencanaan|q.1");
        Document moved2 = registry.find(Filters.eq("_id", "indicators:kec-tanjunganom|r|1")).first();
        assertThat(moved2.getString("tenant")).isEqualTo("kec-tanjunganom");
        assertThat(moved2.getString("hash")).isEqualTo("h2");
        assertThat(moved2.getString("key")).isEqualTo("kec-tanjunganom/kasi-umum|IKU-1|2024-Q1");
        assertThat(count(output.getAll(), MOVED_LOG)).isEqualTo(1);

        // a later start (another process): the marker says done, nothing is scanned, moved or logged
        registry.insertOne(old("activities:late", "kec-kemlagi|case-9", "h9"));
        assertThat(new RegistryTenantMigration(mongo).ensureDone()).isZero();
        assertThat(ids()).contains("activities:late");
        assertThat(count(output.getAll(), MOVED_LOG)).isEqualTo(1);
    }

    @Test
    void aMoveInterruptedBetweenCopyAndDeleteIsFinishedByTheNextRun() {
        registry.insertOne(old("activities:ev-1", "kec-kemlagi|case-1", "h1"));
        // the copy of an earlier run that stopped before removing the old key
        registry.insertOne(old("activities:kec-kemlagi|ev-1", "kec-kemlagi|case-1", "h1").append("tenant", "kec-kemlagi"));

        assertThat(new RegistryTenantMigration(mongo).ensureDone()).isEqualTo(1);

        assertThat(ids()).containsExactly("activities:kec-kemlagi|ev-1");
    }

    @Test
    void aResendAfterTheMoveIsADuplicateOrAConflictAsBefore() {
        String rows = rows("05");
        assertThat(run(new IngestStore(mongo), rows).accepted()).isEqualTo(2);
        turnIntoTheOldShape();
        assertThat(ids()).containsExactlyInAnyOrder("activities:mig-1", "activities:mig-2");

        IngestStore restarted = new IngestStore(mongo);
        restarted.migrateRegistry();
        IngestReport again = run(restarted, rows);
        IngestReport changed = run(restarted, rows("06"));

        assertThat(again.accepted()).isZero();
        assertThat(again.duplicates()).isEqualTo(2);
        assertThat(changed.rejected()).isEqualTo(2);
        assertThat(changed.errors()).extracting(RowError::reasonEn).allMatch(r -> r.contains("conflict"));
        assertThat(ids()).containsExactlyInAnyOrder("activities:kec-kemlagi|mig-1", "activities:kec-kemlagi|mig-2");
    }

    /** Rewrites every registry entry as a version before per-tenant ids wrote it, and forgets the move. */
    private void turnIntoTheOldShape() {
        List<Document> entries = registry.find().into(new ArrayList<>());
        registry.deleteMany(Filters.empty());
        for (Document e : entries) {
            String id = e.getString("_id");
            String tenant = e.getString("tenant");
            e.put("_id", id.replace(tenant + "|", ""));
            e.remove("tenant");
            registry.insertOne(e);
        }
        mongo.getCollection(RegistryTenantMigration.MIGRATIONS).deleteMany(Filters.empty());
    }

    private static Document old(String id, String key, String hash) {
        return new Document(Map.of("_id", id, "key", key, "hash", hash, "stored_at", new java.util.Date()));
    }

    private List<String> ids() {
        List<String> ids = new ArrayList<>();
        registry.find().forEach(d -> ids.add(d.getString("_id")));
        return ids;
    }

    private static long count(String text, String part) {
        return text.lines().filter(l -> l.contains(part)).count();
    }

    private static String rows(String finishedMinute) {
        return ConcurrentRegistrationTests.rows("mig", 2, finishedMinute);
    }

    private static IngestReport run(RecordStore store, String csv) {
        return ConcurrentRegistrationTests.run(store, csv, "migration");
    }
}
