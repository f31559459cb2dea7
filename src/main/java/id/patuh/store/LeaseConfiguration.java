package id.patuh.store;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.MongoTemplate;

import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.provider.mongo.MongoLockProvider;
import net.javacrumbs.shedlock.spring.annotation.EnableSchedulerLock;

/**
 * Leases kept in the store, so that work meant to run once per interval runs once across all
 * replicas of patuh on one store (a method annotated {@code @SchedulerLock}). A lease is one
 * document of {@value #COLLECTION}, taken with an atomic find-and-modify upsert; that works on a
 * real MongoDB and on the embedded store alike (a taken lease makes the upsert's insert fail on
 * the unique {@code _id}).
 */
@Configuration(proxyBeanMethods = false)
@EnableSchedulerLock(defaultLockAtMostFor = "PT30M")
class LeaseConfiguration {

    static final String COLLECTION = "shedlock";

    /** The collection is looked up, not contacted: a store that is away at start-up does not stop the start. */
    @Bean
    LockProvider lockProvider(MongoTemplate mongo) {
        return new MongoLockProvider(mongo.getDb().getCollection(COLLECTION));
    }
}
