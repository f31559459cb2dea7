package id.patuh.store;

import static org.assertj.core.api.Assertions.assertThat;

import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.testcontainers.service.connection.ServiceConnection;
import org.springframework.context.ApplicationContext;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.testcontainers.containers.MongoDBContainer;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;

/**
 * With a real MongoDB configured no embedded server starts. Needs Docker: skipped (and
 * counted as skipped) on machines without a Docker engine, such as the development one.
 */
@Testcontainers(disabledWithoutDocker = true)
@SpringBootTest(properties = "spring.data.mongodb.uri=mongodb://placeholder:27017/patuh")
class ExternalMongoIntegrationTests {

    @Container
    @ServiceConnection
    static MongoDBContainer mongo = new MongoDBContainer("mongo:7.0");

    @Autowired
    ApplicationContext context;

    @Autowired
    MongoTemplate mongoTemplate;

    @Test
    void usesTheConfiguredMongoDbAndStartsNoEmbeddedServer() {
        assertThat(context.getBeansOfType(EmbeddedMongoServer.class)).isEmpty();
        mongoTemplate.getCollection("probe").insertOne(new Document("_id", "x"));
        assertThat(mongoTemplate.getCollection("probe").countDocuments()).isEqualTo(1);
    }
}
