package id.patuh.report;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/**
 * "Monitoring Pelaksanaan SOP AP" (PermenPAN-RB 35/2012) for one unit and semester, pre-filled
 * from the findings; the inspektorat reviews, corrects and signs it.
 *
 * @param penilai          the evaluator's name as it is printed above the signature; null leaves the
 *                         line blank (dotted) for a name written by hand
 * @param tanggalPenilaian the date of the evaluation printed with the signature
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record MonitoringForm(String unit, String half, String halfTitle, Instant asOf, String zone,
        List<Row> rows, String note, String penilai, LocalDate tanggalPenilaian) {

    /** The form as pre-filled, before anyone signs it: dated on the day it was drawn up. */
    public MonitoringForm(String unit, String half, String halfTitle, Instant asOf, String zone, List<Row> rows,
            String note) {
        this(unit, half, halfTitle, asOf, zone, rows, note, null,
                LocalDate.ofInstant(asOf, java.time.ZoneId.of(zone)));
    }

    /** This form with the evaluator's name and the evaluation date (both as the evaluator typed them). */
    public MonitoringForm signedBy(String name, LocalDate date) {
        String cleaned = name == null || name.isBlank() ? null : name.strip();
        return new MonitoringForm(unit, half, halfTitle, asOf, zone, rows, note, cleaned,
                date == null ? tanggalPenilaian : date);
    }

    public static final String NOTE = "Diisi otomatis oleh patuh dari temuan yang tercatat; penilai memeriksa, "
            + "mengoreksi bila perlu, lalu memaraf. / Pre-filled by patuh from recorded findings; the evaluator "
            + "reviews, corrects where needed, and initials.";

    /**
     * One procedure.
     *
     * @param berjalanBaik true = berjalan dengan baik, false = tidak berjalan dengan baik, null = no
     *                     case in the semester, left to the evaluator
     * @param paraf        always blank: the evaluator initials on paper
     */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record Row(int no, String sopCode, String prosedur, Boolean berjalanBaik, String penilaian,
            String catatan, String tindakan, String paraf, List<String> caseIds, List<String> findingIds) {
    }
}
