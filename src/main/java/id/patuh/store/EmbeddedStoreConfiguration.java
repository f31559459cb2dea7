package id.patuh.store;

import org.springframework.boot.autoconfigure.mongo.MongoClientSettingsBuilderCustomizer;
import org.springframework.boot.autoconfigure.mongo.MongoConnectionDetails;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

import com.mongodb.ConnectionString;

/**
 * Points Spring Boot's Mongo auto-configuration at the embedded store, but only when no MongoDB
 * URI is configured: at the wire server this process starts, or, when another patuh process on
 * this machine already holds the store's file, at that process's server ({@link SharedEmbeddedStore}).
 */
@Configuration(proxyBeanMethods = false)
@Conditional(NoMongoUriConfigured.class)
class EmbeddedStoreConfiguration {

    /** Each nested class repeats the URI condition: component scanning finds it on its own, not only through this one. */
    @Configuration(proxyBeanMethods = false)
    @Conditional({NoMongoUriConfigured.class, StoreFileOwnership.OwnFile.class})
    static class OwnServer {

        @Bean(destroyMethod = "close")
        EmbeddedMongoServer embeddedMongoServer(StoreProperties properties) {
            return new EmbeddedMongoServer(properties);
        }

        @Bean
        MongoConnectionDetails embeddedMongoConnectionDetails(EmbeddedMongoServer server) {
            ConnectionString connectionString = new ConnectionString(server.connectionString());
            return () -> connectionString;
        }

        /**
         * The credential goes into the client settings, not the connection string: a connection
         * string prints its password, and connection strings end up in logs.
         */
        @Bean
        MongoClientSettingsBuilderCustomizer embeddedStoreCredential(EmbeddedMongoServer server) {
            return settings -> settings.credential(server.credential());
        }
    }

    @Configuration(proxyBeanMethods = false)
    @Conditional({NoMongoUriConfigured.class, StoreFileOwnership.HeldElsewhere.class})
    static class AnotherProcessesServer {

        @Bean
        SharedEmbeddedStore sharedEmbeddedStore(StoreProperties properties) {
            return SharedEmbeddedStore.connect(properties);
        }

        @Bean
        MongoConnectionDetails embeddedMongoConnectionDetails(SharedEmbeddedStore store) {
            return store::connectionString;
        }

        @Bean
        MongoClientSettingsBuilderCustomizer embeddedStoreCredential(SharedEmbeddedStore store) {
            return settings -> settings.credential(store.credential());
        }
    }
}
