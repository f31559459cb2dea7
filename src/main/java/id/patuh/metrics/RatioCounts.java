package id.patuh.metrics;

/**
 * Finished steps of one (SOP, unit, step), bucketed by duration / Mutu Baku standard. One set
 * of buckets serves every step, however long its standard: 1 is "exactly at the standard".
 */
final class RatioCounts {

    /** Upper bounds; the last is +Inf. */
    static final double[] BOUNDS = {0.25, 0.5, 0.75, 1, 1.5, 2, 3, 5, 10, Double.POSITIVE_INFINITY};

    /** Per bucket, not cumulative. */
    final long[] buckets = new long[BOUNDS.length];
    long count;
    long within;
    double sum;

    void add(double ratio) {
        int i = 0;
        while (ratio > BOUNDS[i]) {
            i++;
        }
        buckets[i]++;
        count++;
        // at the standard exactly is compliant, as in the DURATION_EXCEEDED rule (ratio > 1)
        within += ratio <= 1 ? 1 : 0;
        sum += ratio;
    }

    RatioCounts plus(RatioCounts other) {
        RatioCounts total = new RatioCounts();
        for (int i = 0; i < buckets.length; i++) {
            total.buckets[i] = buckets[i] + other.buckets[i];
        }
        total.count = count + other.count;
        total.within = within + other.within;
        total.sum = sum + other.sum;
        return total;
    }
}
