package id.patuh.calendar;

import java.time.Instant;

/** One office period on one date, as instants: start inclusive, end exclusive. */
record OfficeInterval(Instant start, Instant end) {

    /** The overlap in nanoseconds, without allocating: the walks add up thousands of these. */
    long overlapNanos(Instant from, Instant to) {
        long lo = Math.max(nanos(from), nanos(start));
        long hi = Math.min(nanos(to), nanos(end));
        return Math.max(0, hi - lo);
    }

    /** Nanoseconds since the epoch; exact until the year 2262. */
    static long nanos(Instant t) {
        return Math.addExact(Math.multiplyExact(t.getEpochSecond(), 1_000_000_000L), t.getNano());
    }

    boolean contains(Instant t) {
        return !t.isBefore(start) && t.isBefore(end);
    }
}
