package id.patuh.calendar;

import java.time.Duration;
import java.time.Instant;

/** One office period on one date, as instants: start inclusive, end exclusive. */
record OfficeInterval(Instant start, Instant end) {

    Duration overlap(Instant from, Instant to) {
        Instant lo = from.isAfter(start) ? from : start;
        Instant hi = to.isBefore(end) ? to : end;
        return lo.isBefore(hi) ? Duration.between(lo, hi) : Duration.ZERO;
    }

    boolean contains(Instant t) {
        return !t.isBefore(start) && t.isBefore(end);
    }
}
