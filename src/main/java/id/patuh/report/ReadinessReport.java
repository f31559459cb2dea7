package id.patuh.report;

import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/**
 * SAKIP readiness of one unit for one period, as of {@code asOf}.
 *
 * @param dataPeriods the indicator periods included (a year includes its quarters)
 * @param zone        the unit's time zone, in which periods and dates are read
 * @param sopTotal    every SOP pooled; the score uses these ratios
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record ReadinessReport(String unit, String period, String periodTitle, List<String> dataPeriods,
        Instant asOf, String zone, ReadinessScore score, DataReadiness data, List<SopAdherence> sops,
        SopAdherence sopTotal, OpenFindings openFindings, String disclaimer) {

    public static final String DISCLAIMER = "Indikasi kesiapan internal yang dihitung patuh dari data yang "
            + "tercatat, BUKAN hasil evaluasi SAKIP resmi. / Internal readiness indication computed by patuh from "
            + "recorded data, NOT the official SAKIP evaluation.";
}
