package id.patuh.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

/** Batches that share a key run one after the other; batches taking keys in any order never deadlock. */
class KeyLocksTests {

    private final KeyLocks locks = new KeyLocks(KeyLocks.DEFAULT_STRIPES);

    @Test
    void aBatchWaitsForAnotherThatHoldsOneOfItsKeys() throws Exception {
        CountDownLatch inside = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        CompletableFuture<Void> first = CompletableFuture.runAsync(() -> locks.withLocks(List.of("cases:a", "ids:1"),
                () -> {
                    inside.countDown();
                    await(release);
                    return null;
                }));
        assertThat(inside.await(5, TimeUnit.SECONDS)).isTrue();

        CompletableFuture<String> second = CompletableFuture.supplyAsync(
                () -> locks.withLocks(List.of("ids:2", "cases:a"), () -> "ran"));
        Thread.sleep(200);
        assertThat(second).as("waits while the first holds cases:a").isNotDone();

        release.countDown();
        assertThat(second.get(5, TimeUnit.SECONDS)).isEqualTo("ran");
        first.get(5, TimeUnit.SECONDS);
    }

    @Test
    void manyBatchesWithOverlappingKeysInRandomOrderNeitherDeadlockNorInterleave() {
        int threads = 8;
        int rounds = 2_000;
        long[] shared = new long[1];
        assertTimeoutPreemptively(Duration.ofSeconds(20), () -> {
            ExecutorService pool = Executors.newFixedThreadPool(threads);
            try {
                List<Future<?>> running = new ArrayList<>();
                for (int t = 0; t < threads; t++) {
                    Random random = new Random(t);
                    running.add(pool.submit(() -> {
                        for (int i = 0; i < rounds; i++) {
                            List<String> keys = new ArrayList<>();
                            for (int k = 0; k < 40; k++) {
                                keys.add("key-" + random.nextInt(500));
                            }
                            keys.add("shared");
                            Collections.shuffle(keys, random);
                            // not atomic: only the lock on "shared" keeps the count exact
                            locks.withLocks(keys, () -> shared[0]++);
                        }
                    }));
                }
                for (Future<?> f : running) {
                    f.get();
                }
            } finally {
                pool.shutdownNow();
            }
        });
        assertThat(shared[0]).isEqualTo((long) threads * rounds);
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
