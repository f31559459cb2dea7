package id.patuh.evaluation;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

import id.patuh.calendar.MutuBakuWaktu;
import id.patuh.calendar.WorkingCalendar;
import id.patuh.ingest.DataRequest;
import id.patuh.ingest.IndicatorRecord;

/**
 * The records and requests of one supplying unit for one indicator and period.
 *
 * @param verificationWindow the waktu of the SOP's verification step; null means 5 working days
 * @param calendar           the unit's working calendar
 * @param now                the evaluation time
 */
public record SubjectInput(
        String unit,
        String indicatorCode,
        String period,
        List<IndicatorRecord> records,
        List<DataRequest> requests,
        MutuBakuWaktu verificationWindow,
        WorkingCalendar calendar,
        Instant now) {

    /** semantics.md: without a verification step in the SOP, data must be verified within 5 working days. */
    public static final MutuBakuWaktu DEFAULT_VERIFICATION_WINDOW = MutuBakuWaktu.ofDays(5);

    public SubjectInput {
        Objects.requireNonNull(calendar, "calendar");
        Objects.requireNonNull(now, "now");
        records = List.copyOf(records);
        requests = List.copyOf(requests);
        verificationWindow = verificationWindow == null ? DEFAULT_VERIFICATION_WINDOW : verificationWindow;
    }
}
