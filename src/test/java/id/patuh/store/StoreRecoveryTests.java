package id.patuh.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.Status;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.data.mongodb.core.MongoTemplate;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;

/**
 * A store file whose newest chunk a crash damaged still opens: rolled back to the last intact
 * version, with a copy of the damaged file kept, and the acknowledged id-registry rows that the
 * roll-back lost named in the log and in the health details, so that they can be sent again.
 *
 * <p>The file is a real one: {@link DurabilityProbe} writes registry entries in a child JVM,
 * acknowledges them, and is killed with SIGKILL; then the test damages the newest chunk.
 */
@ExtendWith(OutputCaptureExtension.class)
class StoreRecoveryTests {

    private static final int WRITES = 40;
    private static final Pattern CHUNK = Pattern.compile("^chunk:([0-9a-f]+),len:([0-9a-f]+),.*,root:([0-9a-f]+),.*,toc:([0-9a-f]+)");
    private static final int BLOCK = 4096;

    @TempDir
    Path dir;

    @Test
    void aDamagedNewestChunkIsRolledBackWithACopyKeptAndTheLostRowsNamed(CapturedOutput output) throws Exception {
        Path file = dir.resolve("patuh.mv.db");
        int acknowledged = writeRegistryAndKill(file);
        Chunk newest = Chunk.newest(file);
        // the data pages; header, layout root, table of contents and footer still look right, so H2 takes
        // the chunk for whole and stumbles only when it reads the collections
        garble(file, newest.pagesStart(file), newest.start() + newest.layoutRoot());

        try (EmbeddedMongoServer server = open(file)) {
            StoreRecovery recovery = server.recovery().orElseThrow();
            List<String> lost = lost(server, acknowledged);

            assertThat(lost).as("the damaged chunk held acknowledged rows").isNotEmpty();
            assertThat(recovery.missingIds()).containsExactlyInAnyOrderElementsOf(lost);
            assertThat(recovery.missingCount()).isEqualTo(lost.size());
            assertThat(recovery.damagedCopy()).hasValueSatisfying(copy -> assertThat(copy).exists()
                    .hasSameBinaryContentAs(dir.resolve(copy.getFileName())));
            assertThat(recovery.problem()).hasValueSatisfying(problem -> assertThat(problem).contains("corrupt"));
            assertThat(recovery.openedVersion()).isLessThan(recovery.acknowledgedVersion());
            assertHealthShows(server, lost);
            assertThat(output.getAll()).contains("store rolled back to version " + recovery.openedVersion())
                    .contains("acknowledged rows missing, send them again").contains(lost.get(0));
        }
    }

    @Test
    void aCutTailThatH2SkipsWithoutAWordIsReportedToo(CapturedOutput output) throws Exception {
        Path file = dir.resolve("patuh.mv.db");
        int acknowledged = writeRegistryAndKill(file);
        Chunk newest = Chunk.newest(file);
        try (RandomAccessFile raw = new RandomAccessFile(file.toFile(), "rw")) {
            raw.setLength(newest.start() + 2 * BLOCK / 4); // the newest chunk cut short, its footer gone
        }

        try (EmbeddedMongoServer server = open(file)) {
            StoreRecovery recovery = server.recovery().orElseThrow();
            List<String> lost = lost(server, acknowledged);

            assertThat(lost).isNotEmpty();
            assertThat(recovery.missingIds()).containsExactlyInAnyOrderElementsOf(lost);
            assertThat(recovery.damagedCopy()).as("H2 opened it by itself, at an older version").isEmpty();
            assertHealthShows(server, lost);
            assertThat(output.getAll()).contains("acknowledged rows missing, send them again");
        }
    }

    @Test
    void aKillWithoutDamageReportsNothingAndKeepsEveryAcknowledgedRow() throws Exception {
        Path file = dir.resolve("patuh.mv.db");
        int acknowledged = writeRegistryAndKill(file);

        try (EmbeddedMongoServer server = open(file)) {
            assertThat(server.recovery()).isEmpty();
            assertThat(lost(server, acknowledged)).isEmpty();
            assertThat(health(server).getDetails()).doesNotContainKey("recovery");
        }
        try (EmbeddedMongoServer server = open(file)) {
            assertThat(server.recovery()).as("a clean restart after that").isEmpty();
        }
    }

    @Test
    void theJournalWatchesTheIngestRegistry() {
        assertThat(DurableH2Backend.REGISTRY).isEqualTo(id.patuh.cases.StoreKeys.IDS);
    }

    private static EmbeddedMongoServer open(Path file) {
        return new EmbeddedMongoServer(new StoreProperties(StoreProperties.EmbeddedBackend.FILE, file, "127.0.0.1", 0,
                "patuh"));
    }

    /** The acknowledged registry ids the opened store does not hold. */
    private static List<String> lost(EmbeddedMongoServer server, int acknowledged) {
        try (MongoClient client = MongoClients.create(server.clientSettings())) {
            Set<Object> stored = new HashSet<>();
            client.getDatabase("patuh").getCollection(DurableH2Backend.REGISTRY).find()
                    .projection(new Document("_id", 1)).forEach(document -> stored.add(document.get("_id")));
            List<String> lost = new ArrayList<>();
            for (int id = 1; id <= acknowledged; id++) {
                if (!stored.contains("probe:" + id)) {
                    lost.add("probe:" + id);
                }
            }
            return lost;
        }
    }

    @SuppressWarnings("unchecked")
    private static void assertHealthShows(EmbeddedMongoServer server, List<String> lost) {
        Health health = health(server);
        assertThat(health.getStatus()).as("the store serves again").isEqualTo(Status.UP);
        Map<String, Object> recovery = (Map<String, Object>) health.getDetails().get("recovery");
        assertThat(recovery).containsEntry("missingAcknowledgedRows", (long) lost.size());
        assertThat((List<String>) recovery.get("missingIds")).containsExactlyInAnyOrderElementsOf(lost);
    }

    private static Health health(EmbeddedMongoServer server) {
        try (MongoClient client = MongoClients.create(server.clientSettings())) {
            StaticListableBeanFactory beans = new StaticListableBeanFactory(Map.of("embeddedMongoServer", server));
            return new StoreHealthIndicator(new MongoTemplate(client, "patuh"),
                    beans.getBeanProvider(EmbeddedMongoServer.class), beans.getBeanProvider(SharedEmbeddedStore.class))
                    .getHealth(true);
        }
    }

    /** Runs {@link DurabilityProbe} on the registry collection; kills it once it has acknowledged every write. */
    private int writeRegistryAndKill(Path file) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process probe = new ProcessBuilder(java, "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"),
                DurabilityProbe.class.getName(), file.toString(), DurableH2Backend.REGISTRY, String.valueOf(WRITES))
                .redirectError(dir.resolve("probe.err").toFile()).start();
        int acknowledged = 0;
        try (BufferedReader out = new BufferedReader(new InputStreamReader(probe.getInputStream(),
                StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null && !line.equals("DONE")) {
                if (line.startsWith("ACK ")) {
                    acknowledged = Integer.parseInt(line.substring(4));
                }
            }
            probe.destroyForcibly(); // SIGKILL: no close, no last commit
            assertThat(probe.waitFor(30, TimeUnit.SECONDS)).isTrue();
        }
        assertThat(acknowledged).as("probe wrote (see probe.err)").isGreaterThan(WRITES);
        return acknowledged;
    }

    private static void garble(Path file, long from, long to) throws Exception {
        assertThat(to).isGreaterThan(from);
        try (RandomAccessFile raw = new RandomAccessFile(file.toFile(), "rw")) {
            raw.seek(from);
            for (long at = from; at < to; at++) {
                raw.write(0x5a);
            }
        }
    }

    /** An H2 chunk as its header describes it: id, first byte, length in 4 KiB blocks, where its page list starts. */
    private record Chunk(long id, long start, long blocks, long rootPosition, long toc) {

        /** Offset in the chunk of the layout map's root page (H2's page position: chunk, offset, length, type). */
        long layoutRoot() {
            return (rootPosition >>> 6) & 0xFFFF_FFFFL;
        }

        long end() {
            return start + blocks * BLOCK;
        }

        /** The first byte after the header line. */
        long pagesStart(Path file) throws Exception {
            try (RandomAccessFile raw = new RandomAccessFile(file.toFile(), "r")) {
                byte[] header = new byte[1024];
                raw.seek(start);
                raw.readFully(header);
                return start + new String(header, StandardCharsets.ISO_8859_1).indexOf('\n') + 1;
            }
        }

        static Chunk newest(Path file) throws Exception {
            byte[] bytes = Files.readAllBytes(file);
            Chunk newest = null;
            for (int at = 0; at + 160 < bytes.length; at += BLOCK) {
                Matcher header = CHUNK.matcher(new String(bytes, at, 160, StandardCharsets.ISO_8859_1).trim());
                if (header.find()) {
                    Chunk chunk = new Chunk(Long.parseLong(header.group(1), 16), at, Long.parseLong(header.group(2), 16),
                            Long.parseUnsignedLong(header.group(3), 16), Long.parseLong(header.group(4), 16));
                    if (newest == null || chunk.id() > newest.id()) {
                        newest = chunk;
                    }
                }
            }
            assertThat(newest).as("chunks in " + file).isNotNull();
            return newest;
        }
    }
}
