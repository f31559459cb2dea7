package id.patuh.evaluation;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

import id.patuh.calendar.WorkingCalendar;
import id.patuh.catalog.Sop;
import id.patuh.ingest.ActivityEvent;

/**
 * One case (one case_id of one unit) to evaluate against its SOP.
 *
 * @param calendar the unit's working calendar
 * @param now      the evaluation time: events and finishes after it are treated as not yet happened
 */
public record CaseInput(Sop sop, List<ActivityEvent> events, WorkingCalendar calendar, Instant now) {

    public CaseInput {
        Objects.requireNonNull(sop, "sop");
        Objects.requireNonNull(calendar, "calendar");
        Objects.requireNonNull(now, "now");
        events = List.copyOf(events);
    }
}
