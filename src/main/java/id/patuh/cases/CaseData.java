package id.patuh.cases;

import java.util.List;

/** Everything stored for one case: its events in start order. */
public record CaseData(String key, String tenant, String unit, String sopCode, String caseId,
        List<ActivityEvent> events) {

    public CaseData {
        events = List.copyOf(events);
    }
}
