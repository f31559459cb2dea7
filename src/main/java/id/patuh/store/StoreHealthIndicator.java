package id.patuh.store;

import java.util.Optional;

import org.bson.Document;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.actuate.health.AbstractHealthIndicator;
import org.springframework.boot.actuate.health.Health;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

/**
 * Replaces Boot's Mongo health check (bean name {@code mongoHealthIndicator}): Boot sends
 * {@code hello}, which the embedded server rejects; {@code ping} works on both.
 */
@Component("mongoHealthIndicator")
class StoreHealthIndicator extends AbstractHealthIndicator {

    private final MongoTemplate mongoTemplate;
    private final ObjectProvider<EmbeddedMongoServer> embeddedServer;

    StoreHealthIndicator(MongoTemplate mongoTemplate, ObjectProvider<EmbeddedMongoServer> embeddedServer) {
        super("Penyimpanan tidak dapat dihubungi / store unreachable");
        this.mongoTemplate = mongoTemplate;
        this.embeddedServer = embeddedServer;
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) {
        Document ping = mongoTemplate.executeCommand(new Document("ping", 1));
        builder.up()
                .withDetail("database", mongoTemplate.getDb().getName())
                .withDetail("ping", ping.get("ok"));
        Optional.ofNullable(embeddedServer.getIfAvailable()).ifPresentOrElse(
                server -> builder.withDetail("mode", "embedded").withDetail("backend", server.describeBackend()),
                () -> builder.withDetail("mode", "external"));
    }
}
