package id.patuh.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * Owner-only permissions for the store's files and folder (where the file system has POSIX
 * permissions): the store file holds users and their roles, the access file the store's secret.
 */
final class OwnerOnly {

    static final Set<PosixFilePermission> FILE = PosixFilePermissions.fromString("rw-------");
    static final Set<PosixFilePermission> FOLDER = PosixFilePermissions.fromString("rwx------");

    private OwnerOnly() {
    }

    static void restrict(Path path) {
        try {
            if (!Files.exists(path) || !Files.getFileStore(path).supportsFileAttributeView("posix")) {
                return;
            }
            Files.setPosixFilePermissions(path, Files.isDirectory(path) ? FOLDER : FILE);
        } catch (IOException e) {
            throw new UncheckedIOException("Izin berkas tidak dapat dibatasi / cannot restrict permissions of "
                    + path, e);
        }
    }
}
