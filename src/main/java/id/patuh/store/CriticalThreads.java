package id.patuh.store;

import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.h2.mvstore.MVStore;

import de.bwaldvogel.mongo.MongoServer;
import io.netty.channel.EventLoopGroup;
import io.netty.util.concurrent.EventExecutor;

/**
 * The threads without which the embedded store is up but serves nobody: the wire server's
 * accepting (boss) and connection (worker) event loops, and the H2 store with its background
 * writer. An {@code OutOfMemoryError} in an event loop ends that loop quietly (netty logs it
 * and terminates the loop); an error in the writer closes the store. The health indicator
 * reports the store DOWN when one of them is gone, so that a supervisor restarts the process.
 *
 * <p>The wire server does not expose its event loops; they are read from its fields once, at
 * start (a library change that renames them fails {@code CriticalThreadsTests}).
 */
final class CriticalThreads {

    static final String H2_WRITER_PREFIX = "MVStore background writer ";

    private final List<Loop> loops;
    private final Optional<MVStore> store;
    private final String writerName;

    private record Loop(String name, EventLoopGroup group) {
    }

    CriticalThreads(MongoServer server, Optional<MVStore> store) {
        this.loops = List.of(new Loop("mongo-server-boss", eventLoops(server, "bossGroup")),
                new Loop("mongo-server-worker", eventLoops(server, "workerGroup")));
        this.store = store;
        // H2 names its writer after the file; a store opened without autocommit has none
        this.writerName = store.filter(s -> s.getAutoCommitDelay() > 0 && s.getFileStore() != null)
                .map(s -> H2_WRITER_PREFIX + s.getFileStore().getFileName()).orElse(null);
    }

    /** What is gone, in words for the health details; empty when everything runs. */
    List<String> dead() {
        List<String> dead = new ArrayList<>();
        for (Loop loop : loops) {
            for (EventExecutor executor : loop.group()) {
                if (executor.isShutdown() || executor.isTerminated()) {
                    dead.add(loop.name() + ": berhenti / stopped");
                    break;
                }
            }
        }
        store.ifPresent(s -> {
            // after a writer failure H2 records a panic; the store may not yet say it is closed
            if (s.isClosed() || s.getPanicException() != null) {
                dead.add("h2-store: tertutup / closed" + Optional.ofNullable(s.getPanicException())
                        .map(e -> " (" + e.getMessage() + ")").orElse(""));
            } else if (writerName != null && !threadAlive(writerName)) {
                dead.add("h2-background-writer: berhenti / stopped");
            }
        });
        return dead;
    }

    private static boolean threadAlive(String name) {
        ThreadGroup root = Thread.currentThread().getThreadGroup();
        while (root.getParent() != null) {
            root = root.getParent();
        }
        Thread[] threads = new Thread[root.activeCount() * 2 + 16];
        int count = root.enumerate(threads, true);
        for (int i = 0; i < count; i++) {
            if (threads[i].isAlive() && threads[i].getName().startsWith(name)) {
                return true;
            }
        }
        return false;
    }

    private static EventLoopGroup eventLoops(MongoServer server, String field) {
        try {
            Field declared = MongoServer.class.getDeclaredField(field);
            declared.setAccessible(true);
            return (EventLoopGroup) declared.get(server);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("mongo-java-server has no field " + field + " any more: see CriticalThreads", e);
        }
    }
}
