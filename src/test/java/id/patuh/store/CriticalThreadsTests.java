package id.patuh.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Field;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import org.h2.mvstore.MVStore;
import org.h2.mvstore.MVStoreException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.Status;
import org.springframework.data.mongodb.core.MongoTemplate;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;

import de.bwaldvogel.mongo.MongoServer;
import io.netty.channel.EventLoopGroup;

/**
 * The store is DOWN, not half-alive, when a thread it cannot serve without is gone: the wire
 * server's accepting event loop, or the H2 background writer (or the H2 store itself, which
 * closes when its writer fails). Each death is brought about for real: the loop is stopped,
 * the writer thread ends, the store panics.
 */
class CriticalThreadsTests {

    @TempDir
    Path dir;

    MVStore store;
    MongoServer server;
    CriticalThreads threads;

    @BeforeEach
    void start() {
        Path file = dir.resolve("patuh.mv.db");
        store = new MVStore.Builder().fileName(file.toString()).open();
        server = new MongoServer(new DurableH2Backend(store, AckJournal.open(dir.resolve("acks"), 1 << 20)));
        server.bind("127.0.0.1", 0);
        threads = new CriticalThreads(server, Optional.of(store));
    }

    @AfterEach
    void stop() {
        server.shutdownNow();
    }

    @Test
    void nothingIsDeadWhileTheStoreServes() {
        assertThat(threads.dead()).isEmpty();
    }

    @Test
    void aStoppedAcceptingLoopIsDead() throws Exception {
        stopLoop(server, "bossGroup");

        assertThat(threads.dead()).anySatisfy(dead -> assertThat(dead).startsWith("mongo-server-boss"));
    }

    @Test
    void anEndedBackgroundWriterIsDead() {
        assertThat(Thread.getAllStackTraces().keySet()).as("H2 runs its writer under the name we watch")
                .anySatisfy(thread -> assertThat(thread.getName()).startsWith(CriticalThreads.H2_WRITER_PREFIX));

        store.setAutoCommitDelay(0); // ends the writer thread

        assertThat(threads.dead()).containsExactly("h2-background-writer: berhenti / stopped");
    }

    @Test
    void aStoreThatPanickedIsDead() {
        assertThatThrownBy(() -> store.panic(new MVStoreException(0, "simulated writer failure")))
                .isInstanceOf(MVStoreException.class); // closes the store, then throws, as in the writer

        assertThat(threads.dead()).singleElement().asString().startsWith("h2-store: tertutup / closed")
                .contains("simulated writer failure");
    }

    @Test
    @SuppressWarnings("unchecked")
    void theHealthOfTheEmbeddedStoreTurnsDownWhenItsAcceptingLoopDies() throws Exception {
        try (EmbeddedMongoServer embedded = new EmbeddedMongoServer(new StoreProperties(
                StoreProperties.EmbeddedBackend.FILE, dir.resolve("app").resolve("patuh.mv.db"), "127.0.0.1", 0,
                "patuh"));
                MongoClient client = MongoClients.create(embedded.clientSettings())) {
            StaticListableBeanFactory beans = new StaticListableBeanFactory(Map.of("embeddedMongoServer", embedded));
            StoreHealthIndicator health = new StoreHealthIndicator(new MongoTemplate(client, "patuh"),
                    beans.getBeanProvider(EmbeddedMongoServer.class), beans.getBeanProvider(SharedEmbeddedStore.class));
            assertThat(health.getHealth(true).getStatus()).isEqualTo(Status.UP);

            stopLoop((MongoServer) field(EmbeddedMongoServer.class, "server").get(embedded), "bossGroup");

            Health down = health.getHealth(true);
            assertThat(down.getStatus()).isEqualTo(Status.DOWN);
            assertThat((java.util.List<String>) down.getDetails().get("deadThreads"))
                    .anySatisfy(dead -> assertThat(dead).startsWith("mongo-server-boss"));
        }
    }

    private static void stopLoop(MongoServer server, String group) throws Exception {
        EventLoopGroup loops = (EventLoopGroup) field(MongoServer.class, group).get(server);
        loops.next().shutdownGracefully(0, 0, TimeUnit.MILLISECONDS).await(5, TimeUnit.SECONDS);
    }

    private static Field field(Class<?> type, String name) throws NoSuchFieldException {
        Field field = type.getDeclaredField(name);
        field.setAccessible(true);
        return field;
    }
}
