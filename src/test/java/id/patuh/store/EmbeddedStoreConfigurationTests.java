package id.patuh.store;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.mongo.MongoConnectionDetails;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

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
}
