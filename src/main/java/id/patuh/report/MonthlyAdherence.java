package id.patuh.report;

import java.time.YearMonth;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/**
 * The readiness report's Mutu Baku measure for the cases that started in one month: the same
 * {@link SopAdherenceCalculator} figure as a quarter's report, cut by month for a trend.
 *
 * @param month    {@code 2024-03}
 * @param mutuBaku finished steps within their Mutu Baku waktu / finished steps with a waktu
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record MonthlyAdherence(YearMonth month, Figure mutuBaku) {
}
