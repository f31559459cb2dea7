package id.patuh.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.autoconfigure.mongo.MongoClientSettingsBuilderCustomizer;
import org.springframework.boot.autoconfigure.mongo.MongoConnectionDetails;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

import com.mongodb.MongoClientSettings;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;

class EmbeddedStoreConfigurationTests {

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties(StoreProperties.class)
    @Import(EmbeddedStoreConfiguration.class)
    static class StoreOnly {
    }

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withUserConfiguration(StoreOnly.class)
            .withPropertyValues("patuh.store.backend=memory");

    @Test
    void startsTheEmbeddedServerWhenNoUriIsConfigured() {
        runner.run(context -> {
            assertThat(context).hasSingleBean(EmbeddedMongoServer.class);
            String uri = context.getBean(MongoConnectionDetails.class).getConnectionString().toString();
            assertThat(uri).startsWith("mongodb://127.0.0.1:");
        });
    }

    @Test
    void treatsABlankUriAsNotConfigured() {
        runner.withPropertyValues("spring.data.mongodb.uri=").run(context ->
                assertThat(context).hasSingleBean(EmbeddedMongoServer.class));
    }

    @Test
    void startsNoEmbeddedServerWhenAUriIsConfigured() {
        runner.withPropertyValues("spring.data.mongodb.uri=mongodb://db.example:27017/patuh").run(context -> {
            assertThat(context).doesNotHaveBean(EmbeddedMongoServer.class);
            assertThat(context).doesNotHaveBean(MongoConnectionDetails.class);
        });
    }

    @Test
    void sharesTheStoreOfTheServerThatHoldsTheFileInsteadOfOpeningItAgain(@TempDir Path dir) {
        Path file = dir.resolve("data").resolve("patuh.mv.db");
        try (EmbeddedMongoServer owner = new EmbeddedMongoServer(new StoreProperties(
                StoreProperties.EmbeddedBackend.FILE, file, "127.0.0.1", 0, "patuh"))) {
            runner.withPropertyValues("patuh.store.backend=file", "patuh.store.file=" + file).run(context -> {
                assertThat(context).doesNotHaveBean(EmbeddedMongoServer.class).hasSingleBean(SharedEmbeddedStore.class);
                MongoClientSettings.Builder settings = MongoClientSettings.builder().applyConnectionString(
                        context.getBean(MongoConnectionDetails.class).getConnectionString());
                context.getBean(MongoClientSettingsBuilderCustomizer.class).customize(settings);
                assertThat(settings.build().getCredential()).as("the owner's secret, from the access file")
                        .isNotNull();
                try (MongoClient shared = MongoClients.create(settings.build());
                        MongoClient own = MongoClients.create(owner.clientSettings())) {
                    shared.getDatabase("patuh").getCollection("probe").insertOne(new Document("_id", "shared"));
                    assertThat(own.getDatabase("patuh").getCollection("probe").countDocuments()).isEqualTo(1);
                }
            });
        }
    }

    @Test
    void opensAFileNoRunningServerHolds(@TempDir Path dir) {
        Path file = dir.resolve("data").resolve("patuh.mv.db");
        new EmbeddedMongoServer(new StoreProperties(StoreProperties.EmbeddedBackend.FILE, file, "127.0.0.1", 0,
                "patuh")).close();

        runner.withPropertyValues("patuh.store.backend=file", "patuh.store.file=" + file).run(context -> {
            assertThat(context).hasSingleBean(EmbeddedMongoServer.class).doesNotHaveBean(SharedEmbeddedStore.class);
            assertThat(file.resolveSibling(AccessFile.NAME)).as("written by the new owner").exists();
        });
    }

    /** Component scanning registers the nested configurations on their own, without the outer one's condition. */
    @Test
    void theNestedConfigurationsAloneStartNothingWhenAUriIsConfigured() {
        new ApplicationContextRunner().withUserConfiguration(PropertiesOnly.class,
                EmbeddedStoreConfiguration.OwnServer.class, EmbeddedStoreConfiguration.AnotherProcessesServer.class)
                .withPropertyValues("patuh.store.backend=memory", "spring.data.mongodb.uri=mongodb://db.example:27017/patuh")
                .run(context -> {
                    assertThat(context).doesNotHaveBean(EmbeddedMongoServer.class);
                    assertThat(context).doesNotHaveBean(MongoConnectionDetails.class);
                });
    }

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties(StoreProperties.class)
    static class PropertiesOnly {
    }
}
