package id.patuh.evaluation.fact;

import java.math.BigDecimal;
import java.util.List;

import org.kie.api.definition.type.ClassReactive;

/**
 * The values of one indicator record.
 *
 * @param targetPeriod   the target of the period: target_period, or for a whole-year period without
 *                       one, target_annual (semantics.md v2)
 * @param capaian        achievement in percent (interchange §2); null without realization or
 *                       without a non-zero target
 * @param negativeFields the names of the value columns that are negative, e.g. {@code [realization]}
 * @param anyTarget      whether the record has a non-zero target of either kind (target_period or
 *                       target_annual): such a record is never "realization without target"
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
        List<String> negativeFields,
        boolean anyTarget) {

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
