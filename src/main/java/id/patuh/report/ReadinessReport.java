package id.patuh.report;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/**
 * SAKIP readiness of one unit for one period, as of {@code asOf}.
 *
 * @param dataPeriods the indicator periods included (a year includes its quarters)
 * @param zone        the unit's time zone, in which periods and dates are read
 * @param sopTotal    every SOP pooled; the score uses these ratios
 * @param evidenceFiles ids of the evidence files (bukti dukung), by the id of the event or record
 *                    the report lists that they prove; only those with files
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record ReadinessReport(String unit, String period, String periodTitle, List<String> dataPeriods,
        Instant asOf, String zone, ReadinessScore score, DataReadiness data, List<SopAdherence> sops,
        SopAdherence sopTotal, OpenFindings openFindings, String disclaimer,
        Map<String, List<String>> evidenceFiles) {

    public ReadinessReport {
        // sorted by id, so every format lists them in the same order
        evidenceFiles = java.util.Collections.unmodifiableSortedMap(new java.util.TreeMap<>(evidenceFiles));
    }

    /** The same report with the evidence files found for its ids. */
    ReadinessReport withEvidenceFiles(Map<String, List<String>> files) {
        return new ReadinessReport(unit, period, periodTitle, dataPeriods, asOf, zone, score, data, sops, sopTotal,
                openFindings, disclaimer, files);
    }

    /** Every event, record and request id the report lists as evidence of its figures. */
    java.util.Set<String> listedIds() {
        java.util.Set<String> ids = new java.util.TreeSet<>();
        NamedFigure.of(this).forEach(n -> {
            ids.addAll(n.figure().counted());
            ids.addAll(n.figure().gaps());
        });
        data.subjects().forEach(l -> ids.addAll(l.recordIds()));
        return ids;
    }

    public static final String DISCLAIMER = "Indikasi kesiapan internal yang dihitung patuh dari data yang "
            + "tercatat, BUKAN hasil evaluasi SAKIP resmi. / Internal readiness indication computed by patuh from "
            + "recorded data, NOT the official SAKIP evaluation.";
}
