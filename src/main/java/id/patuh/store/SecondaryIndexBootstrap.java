package id.patuh.store;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * Creates the {@link SecondaryIndexes} at start-up on a real MongoDB; on the embedded store (no
 * MongoDB URI configured, whether this process runs it or shares another's) it says in one line
 * that it skips them, since that store would silently ignore them.
 */
@Component
class SecondaryIndexBootstrap {

    private static final Logger log = LoggerFactory.getLogger(SecondaryIndexBootstrap.class);

    private final MongoTemplate mongo;
    private final boolean embedded;

    SecondaryIndexBootstrap(MongoTemplate mongo, Environment environment) {
        this.mongo = mongo;
        this.embedded = !StringUtils.hasText(environment.getProperty(NoMongoUriConfigured.URI_PROPERTY));
    }

    @EventListener(ApplicationReadyEvent.class)
    void createOrSkip() {
        if (embedded) {
            log.info("Indeks sekunder dilewati: penyimpanan tertanam tidak memakainya / secondary indexes skipped: "
                    + "the embedded store ignores them ({})", SecondaryIndexes.describe());
            return;
        }
        try {
            int count = SecondaryIndexes.create(mongo.getDb());
            log.info("Indeks sekunder siap / secondary indexes in place: {} ({})", count, SecondaryIndexes.describe());
        } catch (RuntimeException e) {
            // an index only makes a query faster, never its answer different: start without it, say so
            log.warn("Indeks sekunder tidak dapat dibuat, dicoba lagi pada start berikut / secondary indexes could "
                    + "not be created, tried again at the next start: {}", e.toString());
        }
    }
}
