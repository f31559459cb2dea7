package id.patuh.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

import org.h2.mvstore.MVStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.mongodb.ConnectionString;
import com.mongodb.MongoClientSettings;
import com.mongodb.MongoCredential;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;

import de.bwaldvogel.mongo.MongoBackend;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import id.patuh.failfast.OutOfMemoryExit;

/**
 * The in-process MongoDB wire-protocol server of the embedded default. Only a client with this
 * start's credential ({@link #credential()}) may use it ({@link GuardedBackend}); the file store
 * opens even after a crash damaged it ({@link StoreFileOpener}) and says what a roll-back lost
 * ({@link #recovery()}).
 */
public final class EmbeddedMongoServer implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedMongoServer.class);
    private static final long JOURNAL_MAX_BYTES = 16L << 20;

    private final StoreProperties properties;
    private final StoreAccess access = StoreAccess.generate();
    private final MongoBackend backend;
    private final MongoServer server;
    private final InetSocketAddress address;
    private final CriticalThreads threads;
    private final Optional<StoreRecovery> recovery;

    /** Starts it (opening, and if need be repairing, the file store); tests and probes start one themselves. */
    public EmbeddedMongoServer(StoreProperties properties) {
        this(properties, Clock.systemDefaultZone());
    }

    EmbeddedMongoServer(StoreProperties properties, Clock clock) {
        this.properties = properties;
        Optional<StoreFile> file = properties.backend() == StoreProperties.EmbeddedBackend.FILE
                ? Optional.of(StoreFile.open(properties.file().toAbsolutePath(), clock))
                : Optional.empty();
        this.backend = file.<MongoBackend>map(f -> new DurableH2Backend(f.store(), f.journal()))
                .orElseGet(MemoryBackend::new);
        this.server = new MongoServer(new GuardedBackend(backend, access.verifier(),
                OutOfMemoryExit.PROCESS::haltIfOutOfMemory));
        server.bind(properties.host(), properties.port());
        this.address = server.getLocalAddress();
        this.threads = new CriticalThreads(server, file.map(StoreFile::store));
        this.recovery = file.flatMap(f -> checkRollback(f, clock));
        file.ifPresent(f -> AccessFile.write(f.folder(), access.connectionStringWithSecret(address.getHostString(),
                address.getPort(), properties.database())));
        log.info("Penyimpanan tertanam aktif di {}:{} ({}), hanya untuk patuh / embedded store listening, patuh only",
                address.getHostString(), address.getPort(), describeBackend());
    }

    /** The H2 file of the file backend, opened (repaired if need be), with what the last run acknowledged. */
    private record StoreFile(Path folder, MVStore store, AckJournal journal, AckJournal.Contents acknowledged,
            Optional<StoreFileOpener.Repair> repair) {

        static StoreFile open(Path file, Clock clock) {
            Path folder = createOwnerOnlyFolder(file.getParent());
            Path journalFile = file.resolveSibling(file.getFileName() + ".acks");
            AckJournal.Contents acknowledged = AckJournal.read(journalFile);
            StoreFileOpener.Opened opened = new StoreFileOpener(EmbeddedMongoServer::backgroundError, clock).open(file);
            OwnerOnly.restrict(file);
            SharedEmbeddedStore.heldHere(file, true);
            return new StoreFile(folder, opened.store(), AckJournal.open(journalFile, JOURNAL_MAX_BYTES), acknowledged,
                    opened.repair());
        }
    }

    private Optional<StoreRecovery> checkRollback(StoreFile file, Clock clock) {
        try (MongoClient client = MongoClients.create(clientSettings())) {
            Optional<StoreRecovery> found = new RollbackCheck(clock).check(file.acknowledged(),
                    file.store().getCurrentVersion(), file.repair(), client.getDatabase(properties.database()));
            // only now, with what it told reported, does the journal start over
            file.journal().restart();
            return found;
        }
    }

    /** The H2 writer's errors: out of memory stops the process, anything else is logged and it carries on. */
    private static void backgroundError(Thread thread, Throwable error) {
        OutOfMemoryExit.PROCESS.haltIfOutOfMemory(error);
        log.error("Penulis latar penyimpanan gagal / the store's background writer failed", error);
    }

    private static Path createOwnerOnlyFolder(Path folder) {
        try {
            if (!Files.exists(folder) && folder.getFileSystem().supportedFileAttributeViews().contains("posix")) {
                Files.createDirectories(folder, PosixFilePermissions.asFileAttribute(OwnerOnly.FOLDER));
            }
            return Files.createDirectories(folder);
        } catch (IOException e) {
            throw new UncheckedIOException("Folder penyimpanan tidak dapat dibuat / cannot create store folder "
                    + folder, e);
        }
    }

    /** Connection string for the driver, including the application's database; without the credential. */
    public String connectionString() {
        return "mongodb://" + address.getHostString() + ":" + address.getPort() + "/" + properties.database();
    }

    /** The credential of this start; the store refuses clients without it. */
    public MongoCredential credential() {
        return access.credential();
    }

    /** Driver settings that reach this store: address and credential. */
    public MongoClientSettings clientSettings() {
        return MongoClientSettings.builder().applyConnectionString(new ConnectionString(connectionString()))
                .credential(credential()).build();
    }

    /** {@code memory} or the absolute path of the H2 file. */
    public String describeBackend() {
        return backend instanceof DurableH2Backend
                ? "h2 " + properties.file().toAbsolutePath()
                : "memory";
    }

    /** What the start repaired or found missing after a crash; empty after a clean start. */
    public Optional<StoreRecovery> recovery() {
        return recovery;
    }

    /** Critical threads of the store that are gone; empty while it serves. */
    List<String> deadThreads() {
        return threads.dead();
    }

    @Override
    public void close() {
        server.shutdownNow();
        if (properties.backend() == StoreProperties.EmbeddedBackend.FILE) {
            AccessFile.delete(properties.file().toAbsolutePath().getParent());
            SharedEmbeddedStore.heldHere(properties.file().toAbsolutePath(), false);
        }
        log.info("Penyimpanan tertanam ditutup / embedded store closed");
    }
}
