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

    /**
     * Runs {@code action} holding the locks of all {@code scopes}, taken in stripe order so two
     * batches (or a batch and single scopes) can never wait for each other in a circle.
     */
    <T> T withLocks(java.util.Collection<String> scopes, java.util.function.Supplier<T> action) {
        int[] stripes = scopes.stream().mapToInt(scope -> Math.floorMod(scope.hashCode(), STRIPES))
                .distinct().sorted().toArray();
        int held = 0;
        try {
            for (int stripe : stripes) {
                locks[stripe].lock();
                held++;
            }
            return action.get();
        } finally {
            for (int i = held - 1; i >= 0; i--) {
                locks[stripes[i]].unlock();
            }
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
