package id.patuh.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import de.bwaldvogel.mongo.MongoBackend;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;

/** The in-process MongoDB wire-protocol server of the embedded default. */
public final class EmbeddedMongoServer implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedMongoServer.class);

    private final StoreProperties properties;
    private final MongoBackend backend;
    private final MongoServer server;
    private final InetSocketAddress address;

    EmbeddedMongoServer(StoreProperties properties) {
        this.properties = properties;
        this.backend = createBackend(properties);
        this.server = new MongoServer(backend);
        server.bind(properties.host(), properties.port());
        this.address = server.getLocalAddress();
        log.info("Penyimpanan tertanam aktif di {}:{} ({}) / embedded store listening",
                address.getHostString(), address.getPort(), describeBackend());
    }

    private static MongoBackend createBackend(StoreProperties properties) {
        if (properties.backend() == StoreProperties.EmbeddedBackend.MEMORY) {
            return new MemoryBackend();
        }
        Path file = properties.file().toAbsolutePath();
        try {
            Files.createDirectories(file.getParent());
        } catch (IOException e) {
            throw new UncheckedIOException("Folder penyimpanan tidak dapat dibuat / cannot create store folder "
                    + file.getParent(), e);
        }
        return new DurableH2Backend(file.toString());
    }

    /** Connection string for the driver, including the application's database. */
    public String connectionString() {
        return "mongodb://" + address.getHostString() + ":" + address.getPort() + "/" + properties.database();
    }

    /** {@code memory} or the absolute path of the H2 file. */
    public String describeBackend() {
        return backend instanceof H2Backend
                ? "h2 " + properties.file().toAbsolutePath()
                : "memory";
    }

    @Override
    public void close() {
        server.shutdownNow();
        log.info("Penyimpanan tertanam ditutup / embedded store closed");
    }
}
