package id.patuh.metrics;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

import org.hibernate.validator.constraints.time.DurationMin;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/**
 * How the metrics are computed.
 *
 * @param refreshInterval time between two computations of the gauges from the stored state; each
 *                        one reads every case, subject and finding, so keep it well above the time
 *                        one takes (see {@code patuh_metrics_refresh_duration_seconds})
 * @param maxUnits        units that get a label of their own; the others are summed into
 *                        {@code unit="lainnya"}, so a tenant with thousands of units cannot blow up
 *                        the number of series
 * @param maxPeriods      indicator periods shown (the latest ones); older periods are left out
 */
@Validated
@ConfigurationProperties("patuh.metrics")
public record MetricsProperties(
        @DefaultValue("PT1M") @NotNull @DurationMin(seconds = 1) Duration refreshInterval,
        @DefaultValue("50") @Min(1) int maxUnits,
        @DefaultValue("8") @Min(1) int maxPeriods) {
}
