package id.patuh.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.bson.BsonDocument;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.mock.env.MockEnvironment;

import com.mongodb.MongoClientSettings;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.event.CommandListener;
import com.mongodb.event.CommandStartedEvent;

/**
 * The secondary indexes: one list, the one docs/storage.md shows; sent to a real MongoDB at
 * start-up (the commands are checked on the wire, against the embedded server, which accepts
 * and ignores them); skipped with one log line when no MongoDB URI is configured.
 */
@ExtendWith(OutputCaptureExtension.class)
class SecondaryIndexesTests {

    private static final Pattern DOC_ROW = Pattern.compile("^\\| `([^`]+)` \\| `(\\{[^`]+})` \\|");

    EmbeddedMongoServer server;
    MongoClient client;
    final List<BsonDocument> createIndexes = Collections.synchronizedList(new ArrayList<>());

    @BeforeEach
    void start() {
        server = new EmbeddedMongoServer(new StoreProperties(StoreProperties.EmbeddedBackend.MEMORY,
                Path.of("unused"), "127.0.0.1", 0, "patuh"));
        CommandListener listener = new CommandListener() {
            @Override
            public void commandStarted(CommandStartedEvent event) {
                if (event.getCommandName().equals("createIndexes")) {
                    createIndexes.add(event.getCommand().clone());
                }
            }
        };
        client = MongoClients.create(MongoClientSettings.builder(server.clientSettings()).addCommandListener(listener)
                .build());
    }

    @AfterEach
    void stop() {
        client.close();
        server.close();
    }

    @Test
    void theListIsTheTableOfDocsStorage() throws Exception {
        List<String> documented = new ArrayList<>();
        String section = Files.readString(Path.of("docs/storage.md")).split("## Indeks sekunder", 2)[1];
        for (String line : section.split("\n")) {
            Matcher row = DOC_ROW.matcher(line);
            if (row.find()) {
                documented.add(row.group(1) + " " + row.group(2));
            }
        }

        assertThat(SecondaryIndexes.ALL).extracting(i -> i.collection() + " " + i.describeKeys())
                .containsExactlyElementsOf(documented);
    }

    @Test
    void aRealMongoDbGetsEveryIndexWithItsKeysInOrderAndAStableName(CapturedOutput output) {
        bootstrap("mongodb://db.example:27017/patuh").createOrSkip();
        bootstrap("mongodb://db.example:27017/patuh").createOrSkip();

        assertThat(createIndexes).hasSize(2 * SecondaryIndexes.ALL.size());
        BsonDocument findings = createIndexes.get(0);
        assertThat(findings.getString("createIndexes").getValue()).isEqualTo("findings");
        BsonDocument index = findings.getArray("indexes").get(0).asDocument();
        assertThat(index.getDocument("key").toJson()).isEqualTo("{\"tenant\": 1, \"status\": 1, \"detected_at\": -1}");
        assertThat(index.getString("name").getValue()).isEqualTo("patuh_tenant_1_status_1_detected_at_-1");
        assertThat(createIndexes.get(3).getString("createIndexes").getValue()).isEqualTo("fs.files");
        assertThat(createIndexes.get(3).getArray("indexes").get(0).asDocument().getDocument("key").keySet())
                .containsExactly("metadata.tenant", "metadata.target", "metadata.targetId");
        assertThat(output.getOut()).contains("secondary indexes in place: 4").doesNotContain("skipped");
    }

    @Test
    void theEmbeddedStoreIsToldByConfigurationAndSkippedWithOneLine(CapturedOutput output) {
        bootstrap("").createOrSkip();

        assertThat(createIndexes).isEmpty();
        assertThat(output.getOut().lines().filter(l -> l.contains("Indeks sekunder dilewati")
                && l.contains("secondary indexes skipped"))).hasSize(1);
    }

    private SecondaryIndexBootstrap bootstrap(String uri) {
        return new SecondaryIndexBootstrap(new MongoTemplate(client, "patuh"),
                new MockEnvironment().withProperty(NoMongoUriConfigured.URI_PROPERTY, uri));
    }
}
