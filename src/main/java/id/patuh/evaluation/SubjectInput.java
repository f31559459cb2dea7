package id.patuh.evaluation;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

import id.patuh.calendar.WorkingCalendar;
import id.patuh.cases.DataRequest;
import id.patuh.cases.IndicatorRecord;
import id.patuh.catalog.SopVersions;

/**
 * The records and requests of one supplying unit for one indicator and period.
 *
 * @param verificationWindow the window of the requests' SOP; null: the engine works it out from
 *                           {@code version} (or the policy table's default when that is null too)
 * @param calendar           the unit's working calendar
 * @param now                the evaluation time
 * @param version            the SOP version the requests' case is judged by; null when no request names a case
 */
record SubjectInput(
        String unit,
        String indicatorCode,
        String period,
        List<IndicatorRecord> records,
        List<DataRequest> requests,
        VerificationWindow verificationWindow,
        WorkingCalendar calendar,
        Instant now,
        SopVersions.SopInForce version) {

    public SubjectInput {
        Objects.requireNonNull(calendar, "calendar");
        Objects.requireNonNull(now, "now");
        records = List.copyOf(records);
        requests = List.copyOf(requests);
    }

    /** A subject with a known window (null: the policy table's default) and no SOP version to name. */
    public SubjectInput(String unit, String indicatorCode, String period, List<IndicatorRecord> records,
            List<DataRequest> requests, VerificationWindow verificationWindow, WorkingCalendar calendar, Instant now) {
        this(unit, indicatorCode, period, records, requests, verificationWindow, calendar, now, null);
    }
}
