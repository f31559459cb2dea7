package id.patuh.findings;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/** Collects streamed items into batches of a fixed size and hands each full batch on. */
final class Batches<T> {

    private final int size;
    private final Consumer<List<T>> onBatch;
    private List<T> current = new ArrayList<>();

    Batches(int size, Consumer<List<T>> onBatch) {
        this.size = size;
        this.onBatch = onBatch;
    }

    void add(T item) {
        current.add(item);
        if (current.size() >= size) {
            flush();
        }
    }

    /** Hands on what is collected, if anything. */
    void flush() {
        if (!current.isEmpty()) {
            List<T> batch = current;
            current = new ArrayList<>();
            onBatch.accept(batch);
        }
    }
}
