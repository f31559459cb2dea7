package id.patuh.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.function.Predicate;

import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;

import id.patuh.calendar.CalendarService;
import id.patuh.cases.ActivityEvent;
import id.patuh.cases.StoreKeys;
import id.patuh.catalog.CatalogService;
import id.patuh.store.EmbeddedMongoServer;
import id.patuh.store.StoreProperties;
import id.patuh.workload.WorkloadFiles;
import id.patuh.workload.WorkloadGenerator;

/**
 * A crash loop: one embedded file store, {@value #DEFAULT_ITERATIONS} times a child JVM that
 * imports a small file and sweeps, killed with SIGKILL at a random moment — during start-up (the
 * store opening), inside the import, inside the sweep. After every kill the store must open
 * (through the production opener, with its repair) and hold every row any run acknowledged, in
 * its document and in the id registry, with nothing to report as lost.
 *
 * <p>{@code -Dpatuh.crashloop.iterations=…} and {@code -Dpatuh.crashloop.seed=…} change the run.
 */
class CrashLoopIntegrationTests {

    static final int DEFAULT_ITERATIONS = 20;
    private static final String BATCH_SIZE = "10";

    @TempDir
    Path dir;

    @Test
    void everyKillLeavesAStoreThatOpensWithEveryAcknowledgedRow() throws Exception {
        int iterations = Integer.getInteger("patuh.crashloop.iterations", DEFAULT_ITERATIONS);
        long seed = Long.getLong("patuh.crashloop.seed", System.nanoTime());
        Random random = new Random(seed);
        List<List<String>> slices = writeSlices(iterations);
        Path store = dir.resolve("data").resolve("patuh.mv.db");
        Set<String> acknowledged = new LinkedHashSet<>();
        List<String> kills = new ArrayList<>();
        long started = System.nanoTime();

        for (int i = 0; i < iterations; i++) {
            Kill kill = Kill.values()[random.nextInt(Kill.values().length)];
            long delay = random.nextInt(kill.maxDelayMillis + 1);
            ChildJvm child = new ChildJvm(store, dir).with("patuh.ingest.batch-size", BATCH_SIZE);
            if (kill == Kill.ANY_MOMENT) {
                child.killAfter(delay);
            }
            ChildJvm.Run run = child.run("loop-" + i, false, kill.when(delay), RecoveryProcess.class.getName(),
                    "import=" + dir.resolve("slice-" + i + ".csv"), "sweep");
            long rowsAcknowledged = run.last("REPORT ") != null ? slices.get(i).size()
                    : run.last("PROGRESS ") == null ? 0 : Long.parseLong(run.last("PROGRESS "));
            acknowledged.addAll(slices.get(i).subList(0, (int) rowsAcknowledged));
            kills.add("%s+%dms:%s:%d/%d".formatted(kill, delay, run.killed() ? "killed" : "finished",
                    rowsAcknowledged, slices.get(i).size()));

            assertStoreOpensWithEverything(store, acknowledged, "after run " + i + " (" + kills.get(i) + ", seed "
                    + seed + ")");
        }
        long seconds = (System.nanoTime() - started) / 1_000_000_000;
        System.out.printf("crash loop: %d runs in %d s, %d killed, %,d rows acknowledged and found; seed %d; %s%n",
                iterations, seconds, kills.stream().filter(k -> k.contains(":killed:")).count(), acknowledged.size(),
                seed, kills);
        assertThat(kills.stream().filter(k -> k.contains(":killed:")).count()).as("most runs were killed: %s", kills)
                .isGreaterThanOrEqualTo(iterations / 2);
    }

    /** Where a run is killed: a random delay after the line that starts the phase, or after the start itself. */
    private enum Kill {
        ANY_MOMENT(12_000, line -> false),
        IN_IMPORT(400, line -> line.startsWith("PROGRESS ")),
        IN_SWEEP(400, line -> line.startsWith("SWEEP-START"));

        final int maxDelayMillis;
        private final Predicate<String> phase;

        Kill(int maxDelayMillis, Predicate<String> phase) {
            this.maxDelayMillis = maxDelayMillis;
            this.phase = phase;
        }

        Predicate<String> when(long delayMillis) {
            return line -> phase.test(line) && sleep(delayMillis);
        }
    }

    private static void assertStoreOpensWithEverything(Path file, Set<String> acknowledged, String when) {
        StoreProperties properties = new StoreProperties(StoreProperties.EmbeddedBackend.FILE, file, "127.0.0.1", 0,
                "patuh");
        try (EmbeddedMongoServer server = new EmbeddedMongoServer(properties);
                MongoClient client = MongoClients.create(server.clientSettings())) {
            assertThat(server.recovery()).as("nothing acknowledged was lost " + when).isEmpty();
            MongoDatabase db = client.getDatabase("patuh");
            Set<String> inDocuments = new HashSet<>();
            db.getCollection(StoreKeys.CASES).find().forEach(c -> c.get("events", Document.class).values()
                    .forEach(e -> inDocuments.add(((Document) e).getString("event_id"))));
            Set<String> registered = new HashSet<>();
            db.getCollection(StoreKeys.IDS).find().projection(new Document("_id", 1)).forEach(entry -> {
                String key = String.valueOf(entry.get("_id"));
                // <kind>:<tenant>|<id> since ids count per tenant (issue 19)
                registered.add(key.substring(key.indexOf('|') + 1));
            });
            assertThat(inDocuments).as("acknowledged rows in their documents " + when).containsAll(acknowledged);
            assertThat(registered).as("acknowledged rows registered " + when).containsAll(acknowledged);
            assertThat(inDocuments).as("a registered row is always in its document " + when).containsAll(registered);
        }
    }

    /** A small generated workload, cut into one activities file per run. */
    private List<List<String>> writeSlices(int count) throws Exception {
        CalendarService calendars = CalendarService.load(Path.of("config/holidays"), Path.of("config/calendars.yaml"));
        List<ActivityEvent> events = new WorkloadGenerator(CatalogService.readDirectoryOrPackaged(
                Path.of("sop-catalog")), calendars).generate(1).events();
        List<List<String>> slices = new ArrayList<>();
        int size = (events.size() + count - 1) / count;
        for (int i = 0; i < count; i++) {
            List<ActivityEvent> slice = events.subList(Math.min(events.size(), i * size),
                    Math.min(events.size(), (i + 1) * size));
            WorkloadFiles.writeActivitiesCsv(slice, dir.resolve("slice-" + i + ".csv"));
            slices.add(slice.stream().map(ActivityEvent::eventId).toList());
        }
        return slices;
    }

    private static boolean sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return true;
    }
}
