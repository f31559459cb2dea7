package id.patuh.store;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.mongodb.ConnectionString;
import com.mongodb.MongoClientSettings;
import com.mongodb.MongoCredential;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;

/**
 * The embedded store of another patuh process on this machine: that process holds the H2 file
 * (its lock), this one reaches its wire server with the address and secret of the owner-only
 * access file ({@link AccessFile}). The owner keeps the file: when it stops, this process's
 * store is unreachable (health DOWN, imports answer 503) until it is restarted itself.
 */
final class SharedEmbeddedStore {

    private static final Logger log = LoggerFactory.getLogger(SharedEmbeddedStore.class);
    /** An owner that is starting writes the access file once its store is open; wait that long for it. */
    private static final Duration WAIT_FOR_OWNER = Duration.ofSeconds(30);
    private static final Duration PING_TIMEOUT = Duration.ofSeconds(2);

    /**
     * Files an embedded server of this JVM holds. Asked before the lock: closing a channel of a file
     * drops every lock this process holds on it (POSIX), so the lock is only probed on files this
     * JVM has not opened.
     */
    private static final Set<Path> HELD_HERE = ConcurrentHashMap.newKeySet();

    private final Path file;
    private final ConnectionString address;
    private final MongoCredential credential;

    private SharedEmbeddedStore(Path file, ConnectionString withSecret) {
        this.file = file;
        this.address = new ConnectionString("mongodb://" + withSecret.getHosts().get(0) + "/"
                + withSecret.getDatabase());
        this.credential = withSecret.getCredential();
    }

    /**
     * Whether another process holds the file store's lock (as H2 takes it: the whole file, exclusive).
     * Only asked before this process opens the file itself.
     */
    static boolean heldByAnotherProcess(StoreProperties properties) {
        Path file = properties.file().toAbsolutePath();
        if (properties.backend() != StoreProperties.EmbeddedBackend.FILE || !Files.isRegularFile(file)) {
            return false;
        }
        if (HELD_HERE.contains(file)) {
            return true; // another context of this process owns the store
        }
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
            FileLock lock = channel.tryLock(0, Long.MAX_VALUE, false);
            if (lock == null) {
                return true;
            }
            lock.release();
            return false;
        } catch (OverlappingFileLockException e) {
            return true;
        } catch (IOException e) {
            return false; // opening it the usual way will say what is wrong with the file
        }
    }

    /** An embedded server of this JVM opened the file (absolute path) / closed it. */
    static void heldHere(Path file, boolean held) {
        if (held) {
            HELD_HERE.add(file);
        } else {
            HELD_HERE.remove(file);
        }
    }

    /** Connects to the owner's store, waiting a little for an owner that is still starting. */
    static SharedEmbeddedStore connect(StoreProperties properties) {
        Path file = properties.file().toAbsolutePath();
        long deadline = System.nanoTime() + WAIT_FOR_OWNER.toNanos();
        do {
            Optional<ConnectionString> access = AccessFile.read(file.getParent());
            if (access.isPresent() && answers(access.get())) {
                SharedEmbeddedStore shared = new SharedEmbeddedStore(file, access.get());
                log.info("Berkas penyimpanan {} dipegang proses patuh lain; proses ini memakai penyimpanannya di {} "
                        + "/ store file held by another patuh process; sharing its embedded store at {}", file,
                        shared.address.getHosts().get(0), shared.address.getHosts().get(0));
                return shared;
            }
            sleep();
        } while (System.nanoTime() < deadline);
        throw new IllegalStateException("Berkas penyimpanan " + file + " dipegang proses lain, tetapi "
                + file.resolveSibling(AccessFile.NAME) + " tidak menunjuk ke penyimpanan yang menjawab; hentikan "
                + "proses itu atau pakai patuh.store.file lain / store file is held by another process, but its "
                + "access file points to no store that answers; stop that process or use another patuh.store.file");
    }

    private static boolean answers(ConnectionString withSecret) {
        MongoClientSettings settings = MongoClientSettings.builder().applyConnectionString(withSecret)
                .applyToClusterSettings(c -> c.serverSelectionTimeout(PING_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS))
                .build();
        try (MongoClient client = MongoClients.create(settings)) {
            client.getDatabase(withSecret.getDatabase()).runCommand(new Document("ping", 1));
            return true;
        } catch (RuntimeException e) {
            return false;
        }
    }

    private static void sleep() {
        try {
            Thread.sleep(500);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the store's owner", e);
        }
    }

    /** Address and database, without the secret (connection strings end up in logs). */
    ConnectionString connectionString() {
        return address;
    }

    MongoCredential credential() {
        return credential;
    }

    /** For the health check: whose store this is. */
    String describe() {
        return "h2 " + file + " (dipegang proses patuh lain / held by another patuh process)";
    }
}
