package id.patuh.findings;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CancellationException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

/**
 * Reads the next batches on a second thread while the caller's thread evaluates the current
 * one. A sweep is two halves of about equal cost — reading and decoding documents, and
 * evaluating them — and run one after the other they leave a core idle.
 *
 * <p>At most {@link #DEPTH} batches wait, so memory stays bounded. A failure on either side
 * stops both and is thrown to the caller.
 */
final class ReadAhead {

    static final int DEPTH = 4;

    private ReadAhead() {
    }

    /**
     * Streams {@code source} in batches of {@code batchSize} into {@code sink}, reading ahead.
     *
     * @param source calls the consumer it is given once per item, in order
     */
    static <T> void run(String name, Consumer<Consumer<T>> source, int batchSize, Consumer<List<T>> sink) {
        List<T> end = new ArrayList<>(0);
        BlockingQueue<List<T>> queue = new ArrayBlockingQueue<>(DEPTH);
        AtomicBoolean cancelled = new AtomicBoolean();
        AtomicReference<Throwable> readFailure = new AtomicReference<>();
        Thread reader = new Thread(() -> {
            try {
                Batches<T> batches = new Batches<>(batchSize, batch -> hand(queue, batch, cancelled));
                source.accept(batches::add);
                batches.flush();
            } catch (CancellationException e) {
                // the evaluating side failed and has its own exception to throw
            } catch (Throwable t) {
                readFailure.set(t);
            } finally {
                handEnd(queue, end, cancelled);
            }
        }, name + "-reader");
        reader.setDaemon(true);
        reader.start();
        try {
            for (List<T> batch = take(queue); batch != end; batch = take(queue)) {
                sink.accept(batch);
            }
        } catch (RuntimeException | Error e) {
            cancelled.set(true);
            queue.clear();
            throw e;
        } finally {
            join(reader);
        }
        rethrow(readFailure.get());
    }

    private static <T> void hand(BlockingQueue<List<T>> queue, List<T> batch, AtomicBoolean cancelled) {
        try {
            while (cancelled.get() || !queue.offer(batch, 100, TimeUnit.MILLISECONDS)) {
                if (cancelled.get()) {
                    throw new CancellationException();
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancellationException();
        }
    }

    private static <T> void handEnd(BlockingQueue<List<T>> queue, List<T> end, AtomicBoolean cancelled) {
        try {
            hand(queue, end, cancelled);
        } catch (CancellationException e) {
            // nobody is taking any more
        }
    }

    private static <T> List<T> take(BlockingQueue<List<T>> queue) {
        try {
            return queue.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancellationException("interrupted while waiting for the next batch");
        }
    }

    private static void join(Thread reader) {
        try {
            reader.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void rethrow(Throwable failure) {
        if (failure instanceof RuntimeException e) {
            throw e;
        }
        if (failure instanceof Error e) {
            throw e;
        }
        if (failure != null) {
            throw new IllegalStateException(failure);
        }
    }
}
