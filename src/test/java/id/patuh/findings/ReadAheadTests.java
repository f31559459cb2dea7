package id.patuh.findings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

class ReadAheadTests {

    @Test
    void everyItemArrivesOnceInOrderInBatches() {
        List<List<Integer>> batches = new ArrayList<>();
        ReadAhead.run("test", numbers(1_005), 200, batches::add);
        assertThat(batches).hasSize(6);
        assertThat(batches.get(5)).hasSize(5);
        assertThat(batches.stream().flatMap(List::stream).toList())
                .isEqualTo(IntStream.range(0, 1_005).boxed().toList());
    }

    @Test
    void readingHappensOnAnotherThread() {
        List<String> readers = new ArrayList<>();
        ReadAhead.run("test", out -> {
            readers.add(Thread.currentThread().getName());
            out.accept(1);
        }, 10, batch -> { });
        assertThat(readers).containsExactly("test-reader");
    }

    @Test
    void aFailingEvaluationStopsTheReaderAndIsThrown() {
        AtomicInteger read = new AtomicInteger();
        assertThatThrownBy(() -> ReadAhead.run("test", out -> {
            for (int i = 0; i < 10_000_000; i++) {
                read.incrementAndGet();
                out.accept(i);
            }
        }, 100, batch -> {
            throw new IllegalStateException("evaluation failed");
        })).isInstanceOf(IllegalStateException.class).hasMessage("evaluation failed");
        // the batch being evaluated, a full queue, one offer racing the cancellation, the one being read
        assertThat(read.get()).as("the reader stopped after a few batches").isLessThanOrEqualTo(100 * (ReadAhead.DEPTH + 3));
    }

    @Test
    void aFailingReadIsThrownAfterTheBatchesReadBeforeIt() {
        List<Integer> evaluated = new ArrayList<>();
        Consumer<Consumer<Integer>> failingSource = out -> {
            IntStream.range(0, 250).forEach(out::accept);
            throw new IllegalStateException("store gone");
        };
        assertThatThrownBy(() -> ReadAhead.run("test", failingSource, 100, evaluated::addAll)).isInstanceOf(IllegalStateException.class).hasMessage("store gone");
        assertThat(evaluated).hasSize(200);
    }

    private static Consumer<Consumer<Integer>> numbers(int count) {
        return out -> IntStream.range(0, count).forEach(out::accept);
    }
}
