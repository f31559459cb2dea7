package id.patuh.report;

import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/**
 * "Monitoring Pelaksanaan SOP AP" (PermenPAN-RB 35/2012) for one unit and semester, pre-filled
 * from the findings; the inspektorat reviews, corrects and signs it.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record MonitoringForm(String unit, String half, String halfTitle, Instant asOf, String zone,
        List<Row> rows, String note) {

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
