package id.patuh.evaluation.fact;

import java.util.Collection;
import java.util.stream.Collectors;

/** Small text helpers for rule consequences, so messages list things in a stable order. */
public final class RuleText {

    private RuleText() {
    }

    /** {@code [3, 1]} → {@code "1, 3"}; step numbers or names, sorted, comma-separated. */
    public static String list(Collection<?> items) {
        return items.stream().map(RuleText::textOf).sorted(RuleText::compareNatural)
                .collect(Collectors.joining(", "));
    }

    /** The step numbers of facts such as {@link StepRun}s, sorted and without repeats. */
    public static String steps(Collection<StepRun> runs) {
        return list(runs.stream().map(StepRun::stepNo).collect(Collectors.toSet()));
    }

    static String idOf(Object item) {
        if (item instanceof StepRun run) {
            return run.eventId();
        }
        if (item instanceof RecordFact record) {
            return record.recordId();
        }
        return String.valueOf(item);
    }

    private static String textOf(Object item) {
        if (item instanceof RequiredInput input) {
            return input.name();
        }
        return idOf(item);
    }

    private static int compareNatural(String a, String b) {
        if (a.matches("\\d+") && b.matches("\\d+")) {
            return new java.math.BigInteger(a).compareTo(new java.math.BigInteger(b));
        }
        return a.compareToIgnoreCase(b);
    }
}
