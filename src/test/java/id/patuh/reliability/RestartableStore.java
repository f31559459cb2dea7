package id.patuh.reliability;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;

/**
 * A MongoDB wire server that can go away and come back on the same port with its data, like
 * a database host that is restarted: clients lose their connections and must reconnect.
 */
final class RestartableStore implements AutoCloseable {

    private static final String HOST = "127.0.0.1";

    /** Closing a memory backend drops its data; a restarted store must keep it. */
    private final MemoryBackend backend = new MemoryBackend() {
        @Override
        public void close() {
        }
    };
    private final int port;
    private MongoServer server;

    RestartableStore() {
        server = new MongoServer(backend);
        server.bind(HOST, 0);
        port = server.getLocalAddress().getPort();
    }

    String uri() {
        return "mongodb://" + HOST + ":" + port + "/patuh";
    }

    /** Stops listening and drops every client connection. */
    synchronized void stop() {
        if (server != null) {
            server.shutdownNow();
            server = null;
        }
    }

    /** A new server on the same port over the same data. */
    synchronized void start() {
        if (server == null) {
            MongoServer restarted = new MongoServer(backend);
            restarted.bind(HOST, port);
            server = restarted;
        }
    }

    boolean running() {
        return server != null;
    }

    @Override
    public void close() {
        stop();
    }
}
