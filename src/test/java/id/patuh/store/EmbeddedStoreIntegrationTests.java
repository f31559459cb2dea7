package id.patuh.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/** The application on its embedded default: the real driver talks to the in-process wire server. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "patuh.security.enabled=true")
class EmbeddedStoreIntegrationTests {

    @Autowired
    MongoTemplate mongoTemplate;

    @Autowired
    EmbeddedMongoServer embeddedServer;

    @Autowired
    TestRestTemplate http;

    @Test
    void driverTalksToTheEmbeddedServerOnLoopback() {
        assertThat(embeddedServer.connectionString()).startsWith("mongodb://127.0.0.1:").endsWith("/patuh");
        mongoTemplate.getCollection("probe").insertOne(new Document("_id", "a").append("n", 1));

        Document found = mongoTemplate.getCollection("probe").find(new Document("_id", "a")).first();

        assertThat(found).containsEntry("n", 1);
        assertThat(mongoTemplate.getDb().getName()).isEqualTo("patuh");
    }

    @Test
    @SuppressWarnings("unchecked")
    void healthIsUpAndReportsTheStore() {
        // details only for signed-in users
        ResponseEntity<Map> health = http.withBasicAuth("admin", "admin-pw").getForEntity("/actuator/health", Map.class);

        assertThat(health.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(health.getBody()).containsEntry("status", "UP");
        Map<String, Object> mongo = (Map<String, Object>) ((Map<String, Object>) health.getBody().get("components"))
                .get("mongo");
        assertThat(mongo).containsEntry("status", "UP");
        assertThat((Map<String, Object>) mongo.get("details"))
                .containsEntry("mode", "embedded")
                .containsEntry("backend", "memory")
                .containsEntry("database", "patuh");
    }
}
