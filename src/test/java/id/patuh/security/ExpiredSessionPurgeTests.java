package id.patuh.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;

import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.session.MapSession;
import org.springframework.session.events.SessionCreatedEvent;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;

import id.patuh.store.EmbeddedMongoServer;
import id.patuh.store.StoreProperties;

/** Expired console sessions leave the embedded store (which has no TTL indexes) as new ones arrive. */
class ExpiredSessionPurgeTests {

    private static final Instant NOW = Instant.parse("2026-12-05T06:00:00Z");

    EmbeddedMongoServer server;
    MongoClient client;
    MongoCollection<Document> sessions;

    @BeforeEach
    void start() {
        server = new EmbeddedMongoServer(new StoreProperties(StoreProperties.EmbeddedBackend.MEMORY,
                Path.of("unused"), "127.0.0.1", 0, "patuh"));
        client = MongoClients.create(server.clientSettings());
        sessions = client.getDatabase("patuh").getCollection("sessions");
    }

    @AfterEach
    void stop() {
        client.close();
        server.close();
    }

    @Test
    void aNewSessionRemovesTheExpiredOnesAndKeepsTheLiveOnes() {
        store("expired", NOW.minusSeconds(1));
        store("live", NOW.plusSeconds(60));

        purge(NOW).onCreated(created());

        assertThat(ids()).containsExactly("live");
    }

    @Test
    void itPurgesAtMostOncePerMinute() {
        Instant[] now = {NOW};
        Clock moving = new Clock() {
            @Override
            public Instant instant() {
                return now[0];
            }

            @Override
            public java.time.ZoneId getZone() {
                return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(java.time.ZoneId zone) {
                return this;
            }
        };
        ExpiredSessionPurge purge = new ExpiredSessionPurge(new MongoTemplate(client, "patuh"), "sessions", moving);
        purge.onCreated(created());
        store("expired-later", NOW.minusSeconds(1));

        now[0] = NOW.plus(ExpiredSessionPurge.EVERY).minusMillis(1);
        purge.onCreated(created());
        assertThat(ids()).as("within the minute").containsExactly("expired-later");

        now[0] = NOW.plus(ExpiredSessionPurge.EVERY);
        purge.onCreated(created());
        assertThat(ids()).isEmpty();
    }

    private ExpiredSessionPurge purge(Instant now) {
        return new ExpiredSessionPurge(new MongoTemplate(client, "patuh"), "sessions", Clock.fixed(now, ZoneOffset.UTC));
    }

    private void store(String id, Instant expireAt) {
        sessions.insertOne(new Document("_id", id).append("expireAt", Date.from(expireAt))
                .append("interval", Duration.ofMinutes(30).toString()));
    }

    private List<String> ids() {
        return sessions.find().map(d -> d.getString("_id")).into(new java.util.ArrayList<>());
    }

    private static SessionCreatedEvent created() {
        return new SessionCreatedEvent(new Object(), new MapSession());
    }
}
