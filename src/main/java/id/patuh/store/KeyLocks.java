package id.patuh.store;

import java.util.BitSet;
import java.util.Collection;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

import org.springframework.modulith.NamedInterface;

/**
 * Striped locks over store keys, for read-compare-write work that must not interleave within
 * this process: two imports checking the id registry and writing the same ids or documents (the
 * second waits and then sees what the first registered), two evaluations reconciling the same
 * findings scope. A batch takes the stripes of all its keys at once, in stripe order, so two
 * batches cannot deadlock; batches without a common stripe run side by side. Memory is fixed
 * whatever the number of keys. Other processes on the same store are not covered: there the
 * unique {@code _id} of the registry and of findings is the arbiter.
 */
@NamedInterface("api")
public final class KeyLocks {

    public static final int DEFAULT_STRIPES = 4096;

    private final ReentrantLock[] stripes;

    public KeyLocks(int stripes) {
        this.stripes = new ReentrantLock[stripes];
        for (int i = 0; i < stripes; i++) {
            this.stripes[i] = new ReentrantLock();
        }
    }

    /** Runs {@code action} holding the stripes of every key; keys may repeat. */
    public <T> T withLocks(Collection<String> keys, Supplier<T> action) {
        BitSet wanted = new BitSet(stripes.length);
        keys.forEach(key -> wanted.set(stripe(key)));
        int[] order = wanted.stream().toArray();
        int held = 0;
        try {
            for (int stripe : order) {
                stripes[stripe].lock();
                held++;
            }
            return action.get();
        } finally {
            for (int i = held - 1; i >= 0; i--) {
                stripes[order[i]].unlock();
            }
        }
    }

    private int stripe(String key) {
        int h = key.hashCode();
        return Math.floorMod(h ^ (h >>> 16), stripes.length);
    }
}
