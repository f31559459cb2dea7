package id.patuh.store;

import org.springframework.boot.autoconfigure.mongo.MongoClientSettingsBuilderCustomizer;
import org.springframework.boot.autoconfigure.mongo.MongoConnectionDetails;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

import com.mongodb.ConnectionString;

/**
 * Starts the embedded wire server and points Spring Boot's Mongo auto-configuration at it,
 * but only when no MongoDB URI is configured.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(NoMongoUriConfigured.class)
class EmbeddedStoreConfiguration {

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
