package id.patuh.ingest;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.mongodb.core.MongoTemplate;

import com.mongodb.MongoBulkWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.InsertManyOptions;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.ReplaceOptions;

import id.patuh.cases.StoreKeys;

/**
 * Moves the id registry entries written before ids counted per tenant ({@code activities:<id>})
 * to their tenant's key ({@code activities:<tenant>|<id>}, {@link StoreKeys#registryKey}). The
 * tenant comes from the entry's document key, which always began with it.
 *
 * <p>Safe to repeat at any point: an entry is copied to its new key first (a copy that is
 * already there is left as it is) and only then removed from the old one, so a crash in between
 * is repaired by the next run. A marker in {@value #MIGRATIONS} makes later start-ups skip the
 * scan of the registry; the move is logged once, by the run that made it.
 */
final class RegistryTenantMigration {

    static final String MIGRATIONS = "store_migrations";
    static final String MARKER = "ingest_ids:tenant-keys";

    private static final Logger log = LoggerFactory.getLogger(RegistryTenantMigration.class);
    private static final int BATCH = 1000;
    private static final int DUPLICATE_KEY = 11000;

    private final MongoTemplate mongo;
    private volatile boolean done;

    RegistryTenantMigration(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** Runs the move unless this process or an earlier one finished it; returns the entries moved now. */
    synchronized long ensureDone() {
        if (done) {
            return 0;
        }
        MongoCollection<Document> markers = mongo.getCollection(MIGRATIONS);
        if (markers.find(Filters.eq("_id", MARKER)).first() != null) {
            done = true;
            return 0;
        }
        long moved = moveAll();
        if (moved > 0) {
            log.info("Registri id dipindah ke kunci per unit (tenant): {} entri / id registry moved to per-tenant "
                    + "keys: {} entries", moved, moved);
        }
        markers.replaceOne(Filters.eq("_id", MARKER), new Document("_id", MARKER).append("moved", moved)
                .append("done_at", Date.from(Instant.now())), new ReplaceOptions().upsert(true));
        done = true;
        return moved;
    }

    private long moveAll() {
        MongoCollection<Document> registry = mongo.getCollection(StoreKeys.IDS);
        // only the keys are held (the embedded server answers a query whole); entries are read a batch at a time
        List<String> old = new ArrayList<>();
        registry.find(Filters.exists("tenant", false)).projection(Projections.include("_id"))
                .forEach(d -> old.add(d.getString("_id")));
        long moved = 0;
        for (int from = 0; from < old.size(); from += BATCH) {
            moved += move(registry, old.subList(from, Math.min(old.size(), from + BATCH)));
        }
        return moved;
    }

    private static int move(MongoCollection<Document> registry, List<String> oldKeys) {
        List<Document> copies = new ArrayList<>();
        List<String> moved = new ArrayList<>();
        registry.find(Filters.in("_id", oldKeys)).forEach(entry -> {
            String oldKey = entry.getString("_id");
            String documentKey = entry.getString("key");
            int colon = oldKey.indexOf(':');
            if (colon < 0 || documentKey == null) {
                log.warn("Entri registri id tanpa jenis atau dokumen dibiarkan / id registry entry without kind or "
                        + "document left as it is: {}", RowText.shown(oldKey));
                return;
            }
            String tenant = StoreKeys.tenantOfDocument(documentKey);
            Document copy = new Document(entry);
            copy.put("_id", oldKey.substring(0, colon + 1) + StoreKeys.tenantId(tenant, oldKey.substring(colon + 1)));
            copy.put("tenant", tenant);
            copies.add(copy);
            moved.add(oldKey);
        });
        insertKeepingExisting(registry, copies);
        if (!moved.isEmpty()) {
            registry.deleteMany(Filters.in("_id", moved));
        }
        return moved.size();
    }

    /** An entry already at its new key (an earlier, interrupted run) stays as it is. */
    private static void insertKeepingExisting(MongoCollection<Document> registry, List<Document> copies) {
        if (copies.isEmpty()) {
            return;
        }
        try {
            registry.insertMany(copies, new InsertManyOptions().ordered(false));
        } catch (MongoBulkWriteException e) {
            if (e.getWriteConcernError() != null
                    || !e.getWriteErrors().stream().allMatch(w -> w.getCode() == DUPLICATE_KEY)) {
                throw e;
            }
        }
    }
}
