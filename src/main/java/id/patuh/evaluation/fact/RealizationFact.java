package id.patuh.evaluation.fact;

import java.math.BigDecimal;
import java.util.List;

import org.kie.api.definition.type.ClassReactive;

/**
 * The values of one indicator record.
 *
 * @param capaian        achievement in percent (interchange §2); null without realization or
 *                       without a non-zero target_period
 * @param negativeFields the names of the value columns that are negative, e.g. {@code [realization]}
 */
@ClassReactive
public record RealizationFact(
        String recordId,
        String unit,
        String indicatorCode,
        String period,
        BigDecimal targetPeriod,
        BigDecimal realization,
        boolean lowerBetter,
        BigDecimal capaian,
        List<String> negativeFields) {

    public RealizationFact {
        negativeFields = List.copyOf(negativeFields);
    }

    public boolean anyNegative() {
        return !negativeFields.isEmpty();
    }

    /** Capaian as people read it: at most two decimals ("266.67"), no trailing zeros. */
    public String capaianText() {
        return capaian == null ? "-"
                : capaian.setScale(2, java.math.RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
    }
}
