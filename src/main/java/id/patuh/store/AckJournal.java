package id.patuh.store;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * A record, outside the store file, of what the store acknowledged: the version of every commit
 * that preceded an acknowledgement, and the ids registered in the id registry with it.
 *
 * <p>Why: when the newest chunk of an H2 file is damaged, H2 opens the file at an older version
 * without a word — acknowledged rows are then gone, and nothing inside the file can tell which.
 * Comparing this journal with the opened store can: a highest acknowledged version above the
 * store's means a roll-back, and the journaled ids the store does not hold are the rows to send
 * again. Like an H2 commit, a line goes to the operating system before the acknowledgement (no
 * fsync: a killed process loses nothing, a power cut may).
 *
 * <p>Bounded: it holds only what was acknowledged since the last start (checked, then
 * {@linkplain #restart() forgotten}); when it passes
 * {@code maxBytes} it is rotated once ({@code .1}), so at most twice that is kept.
 */
final class AckJournal implements AutoCloseable {

    /** The lines a journal held: its highest committed version and each registered id with its version. */
    record Contents(long lastVersion, List<Entry> entries) {

        static final Contents EMPTY = new Contents(-1, List.of());
    }

    record Entry(long version, String id) {
    }

    private final Path file;
    private final long maxBytes;
    private BufferedWriter out;
    private long written;
    private long lastVersion = -1;

    private AckJournal(Path file, long maxBytes) {
        this.file = file;
        this.maxBytes = maxBytes;
    }

    /** What the previous run left ({@code .1} first). */
    static Contents read(Path file) {
        return read(List.of(rotated(file), file));
    }

    static AckJournal open(Path file, long maxBytes) {
        AckJournal journal = new AckJournal(file, maxBytes);
        journal.reopen();
        return journal;
    }

    /** Notes a commit that is about to be acknowledged and the registry ids it stored. */
    synchronized void acknowledged(long version, Collection<String> registeredIds) {
        try {
            StringBuilder lines = new StringBuilder();
            if (version != lastVersion) {
                lines.append(version).append('\n');
                lastVersion = version;
            }
            for (String id : registeredIds) {
                lines.append(version).append(' ').append(id.replace('\n', ' ')).append('\n');
            }
            if (lines.isEmpty()) {
                return;
            }
            out.write(lines.toString());
            out.flush();
            written += lines.length();
            if (written > maxBytes) {
                rotate();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Jurnal penyimpanan tidak dapat ditulis / cannot write store journal "
                    + file, e);
        }
    }

    /** Forgets what the previous run acknowledged, once the start has checked it against the store. */
    synchronized void restart() {
        try {
            out.close();
            Files.deleteIfExists(rotated(file));
            Files.deleteIfExists(file);
            reopen();
            lastVersion = -1;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void rotate() throws IOException {
        out.close();
        Files.move(file, rotated(file), StandardCopyOption.REPLACE_EXISTING);
        reopen();
        lastVersion = -1;
    }

    private void reopen() {
        try {
            out = Files.newBufferedWriter(file, StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                    StandardOpenOption.APPEND);
            written = Files.size(file);
            OwnerOnly.restrict(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path rotated(Path file) {
        return file.resolveSibling(file.getFileName() + ".1");
    }

    private static Contents read(List<Path> files) {
        long last = -1;
        List<Entry> entries = new ArrayList<>();
        for (Path path : files) {
            if (!Files.exists(path)) {
                continue;
            }
            try {
                for (String line : Files.readAllLines(path, StandardCharsets.UTF_8)) {
                    int space = line.indexOf(' ');
                    // a line cut short by a kill ends the useful part: what follows was never acknowledged
                    String number = space < 0 ? line : line.substring(0, space);
                    if (number.isEmpty() || !number.chars().allMatch(Character::isDigit)) {
                        continue;
                    }
                    long version = Long.parseLong(number);
                    last = Math.max(last, version);
                    if (space > 0) {
                        entries.add(new Entry(version, line.substring(space + 1)));
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return new Contents(last, List.copyOf(entries));
    }

    @Override
    public synchronized void close() {
        try {
            out.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
