package id.patuh.findings;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/**
 * The follow-up of an audit item ({@code tindak_lanjut} in the API).
 *
 * @param status          the follow-up category, the same as the finding's status
 * @param rekomendasiId   shared by the findings accepted together under one recommendation
 * @param penanggungJawab the person or position at the unit who has to act
 * @param batasWaktu      the due date; past it and not settled, the item is overdue
 * @param sebab           the cause as the auditor recorded it, null when not recorded
 * @param terlambat       overdue as of the moment the view was made
 * @param riwayat         every step of the follow-up, oldest first
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record FollowUp(FindingStatus status, String rekomendasiId, String rekomendasi, String penanggungJawab,
        LocalDate batasWaktu, String sebab, boolean terlambat, List<Entry> riwayat) {

    /** An audit item past its due date whose follow-up is still owed. */
    static boolean overdue(FindingStatus status, LocalDate batasWaktu, LocalDate today) {
        return status.awaitingFollowUp() && batasWaktu != null && today != null && today.isAfter(batasWaktu);
    }

    /**
     * One step of the follow-up.
     *
     * @param langkah what happened: rekomendasi, tindak-lanjut, sesuai, tidak-dapat-ditindaklanjuti,
     *                pengecualian, buka (or migrasi for an entry carried over from the old statuses)
     * @param bukti   ids of the evidence the unit attached; the attachments themselves are stored
     *                elsewhere (this list is where they are linked in)
     */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record Entry(Instant at, String actor, String langkah, String catatan, List<String> bukti) {
    }
}
