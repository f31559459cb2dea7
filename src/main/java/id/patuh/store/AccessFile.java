package id.patuh.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;

import com.mongodb.ConnectionString;

/**
 * The owner-only file beside the store that says how to reach it: a connection string with
 * address, user and this start's secret. Only the OS user that runs patuh can read it, so
 * another patuh process of that user can share the store (by using it as its MongoDB URI)
 * while other local processes cannot. Written fresh, with its permissions, before it is moved
 * into place: the secret is never readable by others, not even for a moment.
 */
final class AccessFile {

    static final String NAME = "store-access.uri";

    private AccessFile() {
    }

    static Path write(Path folder, String connectionString) {
        Path target = folder.resolve(NAME);
        try {
            Path temporary = folder.resolve(NAME + ".tmp");
            Files.deleteIfExists(temporary);
            if (folder.getFileSystem().supportedFileAttributeViews().contains("posix")) {
                Files.createFile(temporary, PosixFilePermissions.asFileAttribute(OwnerOnly.FILE));
            } else {
                Files.createFile(temporary);
            }
            Files.writeString(temporary, connectionString + "\n", StandardCharsets.UTF_8);
            Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException("Berkas akses penyimpanan tidak dapat ditulis / cannot write store access file "
                    + target, e);
        }
    }

    /** The connection string the running owner wrote, if there is one. */
    static Optional<ConnectionString> read(Path folder) {
        try {
            String uri = Files.readString(folder.resolve(NAME), StandardCharsets.UTF_8).trim();
            return uri.isEmpty() ? Optional.empty() : Optional.of(new ConnectionString(uri));
        } catch (IOException | IllegalArgumentException e) {
            // absent, half-written or unreadable: the owner (re)writes it, or the caller gives up after its wait
            return Optional.empty();
        }
    }

    static void delete(Path folder) {
        try {
            Files.deleteIfExists(folder.resolve(NAME));
        } catch (IOException e) {
            // a stale file holds a secret that no running store accepts any more
        }
    }
}
