package id.patuh.bench;

/** Elapsed wall-clock time of one phase. */
final class Stopwatch {

    private final long started = System.nanoTime();

    double seconds() {
        return (System.nanoTime() - started) / 1e9;
    }

    static double perSecond(long count, double seconds) {
        return seconds <= 0 ? 0 : count / seconds;
    }
}
