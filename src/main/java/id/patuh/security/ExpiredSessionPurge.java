package id.patuh.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.concurrent.atomic.AtomicReference;

import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.autoconfigure.session.MongoSessionProperties;
import org.springframework.context.event.EventListener;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.session.events.SessionCreatedEvent;
import org.springframework.stereotype.Component;

/**
 * Removes expired console sessions from the store. On a real MongoDB the TTL index Spring Session
 * creates on {@code expireAt} does it; the embedded store ignores that index (it keeps only
 * unique ones), and Spring Session itself removes an expired session only when its cookie comes
 * back, so every visit to the sign-in form would leave a document behind for good. It runs when
 * a session is created — the only way the collection grows — at most once per {@link #EVERY}.
 */
@Component
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class ExpiredSessionPurge {

    static final Duration EVERY = Duration.ofMinutes(1);
    private static final Logger log = LoggerFactory.getLogger(ExpiredSessionPurge.class);

    private final MongoTemplate mongo;
    private final String collection;
    private final Clock clock;
    private final AtomicReference<Instant> lastPurge = new AtomicReference<>(Instant.MIN);

    @Autowired
    ExpiredSessionPurge(MongoTemplate mongo, MongoSessionProperties sessions) {
        this(mongo, sessions.getCollectionName(), Clock.systemUTC());
    }

    ExpiredSessionPurge(MongoTemplate mongo, String collection, Clock clock) {
        this.mongo = mongo;
        this.collection = collection;
        this.clock = clock;
    }

    @EventListener
    void onCreated(SessionCreatedEvent created) {
        Instant now = clock.instant();
        Instant last = lastPurge.get();
        if (now.isBefore(last.plus(EVERY)) || !lastPurge.compareAndSet(last, now)) {
            return;
        }
        try {
            long removed = mongo.getCollection(collection).deleteMany(new Document("expireAt",
                    new Document("$lt", Date.from(now)))).getDeletedCount();
            log.debug("{} sesi kedaluwarsa dihapus / expired sessions removed", removed);
        } catch (RuntimeException e) {
            // the new session is stored either way; the next creation tries again
            log.warn("Sesi kedaluwarsa tidak dapat dihapus / expired sessions could not be removed: {}", e.toString());
        }
    }
}
