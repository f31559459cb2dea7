package id.patuh.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.boot.autoconfigure.mongo.MongoConnectionDetails;

import com.mongodb.ConnectionString;
import com.mongodb.MongoClientSettings;

/** The driver fails fast by {@code patuh.store.*}, unless the MongoDB URI says otherwise. */
class StoreTimeoutsTests {

    private final StoreProperties properties = new StoreProperties(StoreProperties.EmbeddedBackend.MEMORY,
            Path.of("unused"), "127.0.0.1", 0, "patuh", Duration.ofSeconds(2), Duration.ofMillis(1500),
            Duration.ofSeconds(20), Duration.ofSeconds(30));

    @Test
    void appliesTheConfiguredTimeouts() {
        MongoClientSettings settings = customized("mongodb://db.example:27017/patuh");

        assertThat(settings.getClusterSettings().getServerSelectionTimeout(TimeUnit.MILLISECONDS)).isEqualTo(2000);
        assertThat(settings.getSocketSettings().getConnectTimeout(TimeUnit.MILLISECONDS)).isEqualTo(1500);
        assertThat(settings.getSocketSettings().getReadTimeout(TimeUnit.MILLISECONDS)).isEqualTo(20_000);
    }

    @Test
    void aTimeoutInTheUriWins() {
        MongoClientSettings settings = customized(
                "mongodb://db.example:27017/patuh?serverSelectionTimeoutMS=5000&socketTimeoutMS=90000");

        assertThat(settings.getClusterSettings().getServerSelectionTimeout(TimeUnit.MILLISECONDS)).isEqualTo(5000);
        assertThat(settings.getSocketSettings().getReadTimeout(TimeUnit.MILLISECONDS)).isEqualTo(90_000);
        assertThat(settings.getSocketSettings().getConnectTimeout(TimeUnit.MILLISECONDS)).isEqualTo(1500);
    }

    @Test
    void defaultsSuitProduction() {
        StoreProperties defaults = new StoreProperties(StoreProperties.EmbeddedBackend.FILE, Path.of("x"), "127.0.0.1",
                0, "patuh");
        assertThat(defaults.serverSelectionTimeout()).isEqualTo(Duration.ofSeconds(10));
        assertThat(defaults.retryAfterSeconds()).isEqualTo(30);
    }

    private MongoClientSettings customized(String uri) {
        ConnectionString connectionString = new ConnectionString(uri);
        MongoConnectionDetails details = () -> connectionString;
        StaticListableBeanFactory beans = new StaticListableBeanFactory(Map.of("details", details));
        MongoClientSettings.Builder builder = MongoClientSettings.builder().applyConnectionString(connectionString);
        new StoreTimeouts(properties, beans.getBeanProvider(MongoConnectionDetails.class)).customize(builder);
        return builder.build();
    }
}
