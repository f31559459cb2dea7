package id.patuh.store;

import java.util.concurrent.TimeUnit;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.mongo.MongoClientSettingsBuilderCustomizer;
import org.springframework.boot.autoconfigure.mongo.MongoConnectionDetails;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;

import com.mongodb.ConnectionString;
import com.mongodb.MongoClientSettings;

/**
 * Makes the driver fail fast when the store is gone: without it an operation waits 30 s for a
 * server and a read on a dead connection may wait forever, so an import would hang instead of
 * answering 503. A timeout given in the MongoDB URI ({@code serverSelectionTimeoutMS},
 * {@code connectTimeoutMS}, {@code socketTimeoutMS}) wins over {@code patuh.store.*}.
 */
@Component
class StoreTimeouts implements MongoClientSettingsBuilderCustomizer, Ordered {

    private final StoreProperties properties;
    private final ObjectProvider<MongoConnectionDetails> connection;

    StoreTimeouts(StoreProperties properties, ObjectProvider<MongoConnectionDetails> connection) {
        this.properties = properties;
        this.connection = connection;
    }

    @Override
    public void customize(MongoClientSettings.Builder builder) {
        MongoConnectionDetails details = connection.getIfAvailable();
        ConnectionString uri = details == null ? null : details.getConnectionString();
        if (uri == null || uri.getServerSelectionTimeout() == null) {
            builder.applyToClusterSettings(cluster -> cluster.serverSelectionTimeout(
                    properties.serverSelectionTimeout().toMillis(), TimeUnit.MILLISECONDS));
        }
        builder.applyToSocketSettings(socket -> {
            if (uri == null || uri.getConnectTimeout() == null) {
                socket.connectTimeout(properties.connectTimeout().toMillis(), TimeUnit.MILLISECONDS);
            }
            if (uri == null || uri.getSocketTimeout() == null) {
                socket.readTimeout(properties.readTimeout().toMillis(), TimeUnit.MILLISECONDS);
            }
        });
    }

    /** After Boot's own customizer, which applies the connection string. */
    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }
}
