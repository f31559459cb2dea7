package id.patuh.findings;

import java.time.LocalDate;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

import id.patuh.errors.Refusal;
import id.patuh.messages.Text;

/**
 * What the inspektorat asks of the unit when it accepts a finding as an audit item.
 *
 * @param penanggungJawab a person or a position at the unit ("Sekcam Kemlagi")
 * @param batasWaktu      the due date (inclusive: the unit has the whole day)
 * @param sebab           the cause as the auditor found it (optional; the register's "sebab" column)
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record Recommendation(String rekomendasi, String penanggungJawab, LocalDate batasWaktu, String sebab) {

    /** A recommendation without a recorded cause. */
    public Recommendation(String rekomendasi, String penanggungJawab, LocalDate batasWaktu) {
        this(rekomendasi, penanggungJawab, batasWaktu, null);
    }

    static final int MAX_TEXT = 2000;
    static final int MAX_PERSON = 200;

    /** Refuses an incomplete recommendation with a message the auditor can act on. */
    void check() {
        FindingLifecycle.requireText(rekomendasi, "rekomendasi", new Text("findings.required.rekomendasi"), MAX_TEXT);
        FindingLifecycle.requireText(penanggungJawab, "penanggung_jawab",
                new Text("findings.required.penanggungJawab"), MAX_PERSON);
        if (sebab != null && sebab.length() > MAX_TEXT) {
            FindingLifecycle.requireText(sebab, "sebab", new Text("findings.required.sebab"), MAX_TEXT);
        }
        if (batasWaktu == null) {
            throw new FindingTransitionException(Refusal.INVALID, new Text("findings.required.batasWaktu"));
        }
    }
}
