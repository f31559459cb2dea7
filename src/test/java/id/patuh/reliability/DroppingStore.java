package id.patuh.reliability;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import de.bwaldvogel.mongo.bson.Document;
import io.netty.channel.Channel;

/**
 * A MongoDB wire server (memory backend) that, once, drops the client's connection instead of
 * running the n-th command of one kind on one collection: a network failure at an exact point of
 * an import, while the store itself stays up. The driver sees a broken connection (an outage);
 * whatever the application does afterwards — record the interrupted import, a re-send — reaches
 * the store.
 */
public final class DroppingStore implements AutoCloseable {

    private static final String HOST = "127.0.0.1";

    private final MongoServer server;
    private final AtomicInteger remaining = new AtomicInteger();
    private final AtomicBoolean dropped = new AtomicBoolean();
    private volatile String armedFor;

    public DroppingStore() {
        server = new MongoServer(new MemoryBackend() {
            @Override
            public Document handleCommand(Channel channel, String database, String command, Document query) {
                if (drops(command, query)) {
                    channel.close();
                    throw new IllegalStateException("connection dropped by the test before " + command);
                }
                return super.handleCommand(channel, database, command, query);
            }
        });
        server.bind(HOST, 0);
    }

    public String uri() {
        return "mongodb://" + HOST + ":" + server.getLocalAddress().getPort() + "/patuh";
    }

    /** Drops the connection instead of running the {@code nth} {@code command} on {@code collection} from now. */
    public void dropOnce(String command, String collection, int nth) {
        dropped.set(false);
        remaining.set(nth);
        armedFor = command + " " + collection;
    }

    /** Whether the armed drop happened. */
    public boolean dropped() {
        return dropped.get();
    }

    private boolean drops(String command, Document query) {
        String target = armedFor;
        Object collection = query.get(command);
        if (target == null || !target.equals(command + " " + collection) || remaining.decrementAndGet() != 0) {
            return false;
        }
        armedFor = null;
        dropped.set(true);
        return true;
    }

    @Override
    public void close() {
        server.shutdownNow();
    }
}
