package id.patuh.findings;

import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;

/**
 * Keeps two evaluations of the same scope (an import and a sweep, or two imports) from
 * interleaving their read-compare-write in this process. Striped, so memory stays fixed
 * whatever the number of cases. Across processes the store's unique {@code _id} is the guard.
 */
final class ScopeLocks {

    private static final int STRIPES = 256;

    private final ReentrantLock[] locks = new ReentrantLock[STRIPES];

    ScopeLocks() {
        for (int i = 0; i < STRIPES; i++) {
            locks[i] = new ReentrantLock();
        }
    }

    <T> T withLock(String scope, Function<String, T> action) {
        ReentrantLock lock = locks[Math.floorMod(scope.hashCode(), STRIPES)];
        lock.lock();
        try {
            return action.apply(scope);
        } finally {
            lock.unlock();
        }
    }
}
