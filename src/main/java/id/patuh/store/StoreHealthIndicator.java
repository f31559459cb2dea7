package id.patuh.store;

import java.util.List;

import org.bson.Document;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.actuate.health.AbstractHealthIndicator;
import org.springframework.boot.actuate.health.Health;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

/**
 * Replaces Boot's Mongo health check (bean name {@code mongoHealthIndicator}): Boot sends
 * {@code hello}, which the embedded server rejects; {@code ping} works on both. For the embedded
 * store it also reports DOWN when a thread it cannot serve without has died
 * ({@link CriticalThreads}), and shows what a start after a crash repaired or found missing.
 */
@Component("mongoHealthIndicator")
class StoreHealthIndicator extends AbstractHealthIndicator {

    private final MongoTemplate mongoTemplate;
    private final ObjectProvider<EmbeddedMongoServer> embeddedServer;
    private final ObjectProvider<SharedEmbeddedStore> sharedStore;

    StoreHealthIndicator(MongoTemplate mongoTemplate, ObjectProvider<EmbeddedMongoServer> embeddedServer,
            ObjectProvider<SharedEmbeddedStore> sharedStore) {
        super("Penyimpanan tidak dapat dihubungi / store unreachable");
        this.mongoTemplate = mongoTemplate;
        this.embeddedServer = embeddedServer;
        this.sharedStore = sharedStore;
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) {
        EmbeddedMongoServer server = embeddedServer.getIfAvailable();
        SharedEmbeddedStore shared = sharedStore.getIfAvailable();
        if (shared != null) {
            // the owner's store: when that process is gone the ping fails and this reports DOWN
            builder.withDetail("mode", "embedded-shared").withDetail("backend", shared.describe());
            ping(builder);
            return;
        }
        if (server == null) {
            ping(builder).withDetail("mode", "external");
            return;
        }
        builder.withDetail("mode", "embedded").withDetail("backend", server.describeBackend());
        server.recovery().ifPresent(recovery -> builder.withDetail("recovery", recovery.details()));
        List<String> dead = server.deadThreads();
        if (!dead.isEmpty()) {
            // checked before the ping: a ping may still answer (or hang on a dead loop) while the store serves nobody
            builder.down().withDetail("deadThreads", dead);
            return;
        }
        ping(builder);
    }

    private Health.Builder ping(Health.Builder builder) {
        Document ping = mongoTemplate.executeCommand(new Document("ping", 1));
        return builder.up().withDetail("database", mongoTemplate.getDb().getName()).withDetail("ping", ping.get("ok"));
    }
}
