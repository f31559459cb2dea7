package id.patuh.store;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.Optional;

import org.h2.mvstore.DataUtils;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;
import org.h2.mvstore.MVStoreException;
import org.h2.mvstore.MVStoreTool;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Opens the H2 MVStore file so that the service always starts: when the file cannot be opened
 * (a damaged newest chunk: "File corrupted in chunk …"), it keeps a copy of the damaged file
 * beside it and rolls the file back to the newest version that opens and reads whole
 * ({@link MVStoreTool#rollback}), trying older versions one after another.
 */
final class StoreFileOpener {

    private static final Logger log = LoggerFactory.getLogger(StoreFileOpener.class);
    /** Each try copies the file; damage is in the newest chunks, so a few tries are enough. */
    private static final int MAX_TRIES = 50;
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    /** The open store, and what was repaired to open it. */
    record Opened(MVStore store, Optional<Repair> repair) {
    }

    /** A roll-back made at start: the damaged file's copy, what was wrong, the version restored. */
    record Repair(Path damagedCopy, String problem, long restoredVersion) {
    }

    private final Thread.UncaughtExceptionHandler backgroundErrors;
    private final Clock clock;

    StoreFileOpener(Thread.UncaughtExceptionHandler backgroundErrors, Clock clock) {
        this.backgroundErrors = backgroundErrors;
        this.clock = clock;
    }

    Opened open(Path file) {
        try {
            return new Opened(openChecked(file, false), Optional.empty());
        } catch (MVStoreException damaged) {
            if (damaged.getErrorCode() == DataUtils.ERROR_FILE_LOCKED) {
                // not damage: another process has it open (and a copy or a roll-back would hurt it)
                throw new IllegalStateException("Berkas penyimpanan " + file + " sedang dibuka proses lain / store "
                        + "file is open in another process", damaged);
            }
            Path copy = keepCopy(file);
            log.error("Berkas penyimpanan rusak ({}); salinannya disimpan di {}, berkas dikembalikan ke versi utuh "
                    + "terakhir / store file damaged; copy kept at {}, rolling back to the last intact version",
                    damaged.getMessage(), copy, copy);
            long version = rollBack(file);
            return new Opened(openChecked(file, false), Optional.of(new Repair(copy, damaged.getMessage(), version)));
        }
    }

    private MVStore openChecked(Path file, boolean readEverything) {
        MVStore store = new MVStore.Builder().fileName(file.toString()).backgroundExceptionHandler(backgroundErrors)
                .open();
        try {
            for (String name : store.getMapNames()) {
                MVMap<Object, Object> map = store.openMap(name);
                if (readEverything) {
                    map.entrySet().forEach(entry -> entry.getValue());
                } else if (!map.isEmpty()) {
                    // touches the root and both ends of every map: a damaged newest chunk shows up here
                    map.get(map.firstKey());
                    map.get(map.lastKey());
                }
            }
            return store;
        } catch (RuntimeException e) {
            store.closeImmediately();
            throw e instanceof MVStoreException m ? m : new MVStoreException(0, e.getMessage());
        }
    }

    private long rollBack(Path file) {
        Path temporary = file.resolveSibling(file.getFileName() + ".temp"); // the name MVStoreTool writes to
        long version = Long.MAX_VALUE;
        for (int tries = 0; tries < MAX_TRIES && version >= 0; tries++, version--) {
            try {
                version = MVStoreTool.rollback(file.toString(), version, new StringWriter());
                openChecked(temporary, true).close();
                Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING);
                log.warn("Penyimpanan dikembalikan ke versi {} / store rolled back to version {}", version, version);
                return version;
            } catch (RuntimeException e) {
                log.warn("Versi {} juga rusak / version {} is damaged too: {}", version, version, e.toString());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        throw new IllegalStateException("Berkas penyimpanan " + file + " tidak dapat dipulihkan; salinannya ada di "
                + "sebelahnya / store file cannot be repaired; its copy is beside it");
    }

    private Path keepCopy(Path file) {
        Path copy = file.resolveSibling(file.getFileName() + ".rusak-" + STAMP.format(clock.instant()
                .atZone(clock.getZone())));
        try {
            Files.copy(file, copy, StandardCopyOption.REPLACE_EXISTING);
            OwnerOnly.restrict(copy);
            return copy;
        } catch (IOException e) {
            throw new UncheckedIOException("Salinan berkas rusak tidak dapat dibuat / cannot copy damaged file " + file, e);
        }
    }
}
