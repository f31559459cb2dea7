package id.patuh.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.File;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;

/**
 * A write acknowledged by the embedded file store survives {@code kill -9} of the process.
 * (Without the commit-before-acknowledge of {@link DurableH2Backend}, H2's once-a-second
 * background commit loses the last acknowledged writes.)
 */
class EmbeddedStoreDurabilityTests {

    private static final int ACKS_BEFORE_KILL = 2_000;

    @TempDir
    Path dir;

    @Test
    void acknowledgedWritesSurviveKillMinusNine() throws Exception {
        Path file = dir.resolve("patuh.mv.db");
        int lastAcknowledged = writeUntilKilled(file);

        StoreProperties properties = new StoreProperties(StoreProperties.EmbeddedBackend.FILE, file, "127.0.0.1", 0,
                "patuh");
        try (EmbeddedMongoServer server = new EmbeddedMongoServer(properties);
                MongoClient client = MongoClients.create(server.clientSettings())) {
            MongoCollection<Document> events = client.getDatabase("patuh").getCollection("events");
            java.util.Set<Object> stored = new java.util.HashSet<>();
            events.find().projection(new Document("_id", 1)).forEach(document -> stored.add(document.get("_id")));
            long survived = java.util.stream.IntStream.rangeClosed(1, lastAcknowledged)
                    .filter(id -> stored.contains("probe:" + id)).count();
            assertThat(survived).as("acknowledged writes after kill -9").isEqualTo(lastAcknowledged);
        }
    }

    /** Runs {@link DurabilityProbe} in its own JVM and kills it (SIGKILL) in the middle of its writes. */
    private static int writeUntilKilled(Path file) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process probe = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                DurabilityProbe.class.getName(), file.toString())
                .redirectError(new File(file.getParent().toFile(), "probe.err"))
                .start();
        int lastAcknowledged = 0;
        try (BufferedReader out = new BufferedReader(new InputStreamReader(probe.getInputStream(),
                StandardCharsets.UTF_8))) {
            String line;
            int acks = 0;
            while ((line = out.readLine()) != null && acks < ACKS_BEFORE_KILL) {
                if (line.startsWith("ACK ")) {
                    lastAcknowledged = Integer.parseInt(line.substring(4));
                    acks++;
                }
            }
            probe.destroyForcibly(); // SIGKILL on Linux: no shutdown hooks, no final commit
            assertThat(probe.waitFor(30, TimeUnit.SECONDS)).isTrue();
        }
        assertThat(lastAcknowledged).as("probe acknowledged writes before it was killed (see probe.err)")
                .isGreaterThanOrEqualTo(ACKS_BEFORE_KILL);
        return lastAcknowledged;
    }
}
