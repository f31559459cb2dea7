package id.patuh.ingest;

import java.util.HashMap;
import java.util.Map;

import id.patuh.cases.ActivityEvent;
import id.patuh.cases.StoreKeys;
import id.patuh.messages.Texts;

/** A case belongs to one SOP: the first event stored for it decides which. */
final class CaseOwnership {
    private final Map<String, String> sopOfCase;

    CaseOwnership(Map<String, String> stored) {
        this.sopOfCase = new HashMap<>(stored);
    }

    boolean accepts(ActivityEvent event) {
        String owner = sopOfCase.putIfAbsent(StoreKeys.documentKey(event), event.sopCode());
        return owner == null || owner.equals(event.sopCode());
    }

    RowError conflict(ValidatedRow row) {
        ActivityEvent event = (ActivityEvent) row.record();
        String owner = sopOfCase.get(StoreKeys.documentKey(event));
        return new RowError(row.line(), event.eventId(), "sop_code",
                Texts.id("ingest.activity.case-owned", event.caseId(), owner, event.sopCode()),
                Texts.en("ingest.activity.case-owned", event.caseId(), owner, event.sopCode()));
    }
}
