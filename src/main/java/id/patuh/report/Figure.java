package id.patuh.report;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/**
 * One ratio of the report with the ids behind it, so a reader can check every number.
 *
 * @param counted  ids of what the numerator counts (records, events, cases)
 * @param gaps     ids of what the denominator holds but the numerator does not: the "why"
 * @param findings ids of the findings that explain the gaps
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record Figure(long numerator, long denominator, List<String> counted, List<String> gaps,
        List<String> findings) {

    public Figure {
        counted = counted.stream().sorted().toList();
        gaps = gaps.stream().sorted().toList();
        findings = findings.stream().sorted().distinct().toList();
    }

    /** Numerator and denominator from the two id lists (one id per counted thing). */
    static Figure of(List<String> counted, List<String> gaps, List<String> findings) {
        return new Figure(counted.size(), counted.size() + gaps.size(), counted, gaps, findings);
    }

    /** Null when there is nothing to measure: "no data" is not the same as 0 %. */
    @JsonProperty("ratio")
    public Double ratio() {
        return denominator == 0 ? null : (double) numerator / denominator;
    }

    static final Figure EMPTY = new Figure(0, 0, List.of(), List.of(), List.of());

    /**
     * Adds figures up in place. Adding one case at a time by building a new figure copied and re-sorted
     * every list per case: quadratic, minutes for a unit's year at 100k events.
     */
    static final class Sum {
        private long numerator;
        private long denominator;
        private final List<String> counted = new java.util.ArrayList<>();
        private final List<String> gaps = new java.util.ArrayList<>();
        private final List<String> findings = new java.util.ArrayList<>();

        Sum add(Figure figure) {
            numerator += figure.numerator;
            denominator += figure.denominator;
            counted.addAll(figure.counted);
            gaps.addAll(figure.gaps);
            findings.addAll(figure.findings);
            return this;
        }

        Figure figure() {
            return new Figure(numerator, denominator, counted, gaps, findings);
        }
    }
}
