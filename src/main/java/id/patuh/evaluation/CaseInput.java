package id.patuh.evaluation;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

import id.patuh.calendar.WorkingCalendar;
import id.patuh.cases.ActivityEvent;
import id.patuh.catalog.Sop;
import id.patuh.catalog.SopVersions;

/**
 * One case (one case_id of one unit) to evaluate against its SOP.
 *
 * @param sop      the SOP version the case is judged by ({@code version.sop()})
 * @param calendar the unit's working calendar
 * @param now      the evaluation time: events and finishes after it are treated as not yet happened
 * @param version  how that version was chosen, for the findings' {@code sop_version} and notes
 */
public record CaseInput(Sop sop, List<ActivityEvent> events, WorkingCalendar calendar, Instant now,
        SopVersions.SopInForce version) {

    public CaseInput {
        Objects.requireNonNull(sop, "sop");
        Objects.requireNonNull(calendar, "calendar");
        Objects.requireNonNull(now, "now");
        events = List.copyOf(events);
        version = version == null ? new SopVersions.SopInForce(sop, false, SopVersions.single(sop)) : version;
    }

    /** A case of an SOP known in one version. */
    public CaseInput(Sop sop, List<ActivityEvent> events, WorkingCalendar calendar, Instant now) {
        this(sop, events, calendar, now, null);
    }

    /** A case judged by the version {@code version} chose. */
    public static CaseInput judgedBy(SopVersions.SopInForce version, List<ActivityEvent> events,
            WorkingCalendar calendar, Instant now) {
        return new CaseInput(version.sop(), events, calendar, now, version);
    }
}
