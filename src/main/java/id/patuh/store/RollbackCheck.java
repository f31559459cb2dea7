package id.patuh.store;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;

/**
 * Compares what the previous run acknowledged ({@link AckJournal}) with the store as it opened,
 * and says — in the log and then in the health details — when acknowledged rows are missing.
 */
final class RollbackCheck {

    private static final Logger log = LoggerFactory.getLogger(RollbackCheck.class);
    private static final int BATCH = 500;

    private final Clock clock;

    RollbackCheck(Clock clock) {
        this.clock = clock;
    }

    Optional<StoreRecovery> check(AckJournal.Contents journal, long openedVersion,
            Optional<StoreFileOpener.Repair> repair, MongoDatabase database) {
        if (repair.isEmpty() && journal.lastVersion() <= openedVersion) {
            return Optional.empty();
        }
        Set<String> acknowledged = new LinkedHashSet<>();
        journal.entries().forEach(entry -> acknowledged.add(entry.id()));
        List<String> missing = missing(new ArrayList<>(acknowledged), database.getCollection(DurableH2Backend.REGISTRY));
        StoreRecovery recovery = new StoreRecovery(clock.instant(), journal.lastVersion(), openedVersion,
                repair.map(StoreFileOpener.Repair::damagedCopy), repair.map(StoreFileOpener.Repair::problem),
                missing.size(), List.copyOf(missing.subList(0, Math.min(StoreRecovery.LISTED, missing.size()))));
        log.error("Penyimpanan dibuka pada versi {} padahal versi {} sudah dikonfirmasi; {} baris terkonfirmasi hilang, "
                + "kirim ulang: {} / store opened at version {} although version {} was acknowledged; {} acknowledged "
                + "rows missing, send them again: {}", openedVersion, journal.lastVersion(), missing.size(),
                recovery.missingIds(), openedVersion, journal.lastVersion(), missing.size(), recovery.missingIds());
        return Optional.of(recovery);
    }

    private static List<String> missing(List<String> ids, MongoCollection<Document> registry) {
        List<String> missing = new ArrayList<>();
        for (int from = 0; from < ids.size(); from += BATCH) {
            List<String> batch = ids.subList(from, Math.min(ids.size(), from + BATCH));
            Set<String> found = new HashSet<>();
            registry.find(new Document("_id", new Document("$in", batch)))
                    .projection(new Document("_id", 1))
                    .forEach(document -> found.add(String.valueOf(document.get("_id"))));
            batch.stream().filter(id -> !found.contains(id)).forEach(missing::add);
        }
        return missing;
    }
}
