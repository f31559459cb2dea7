package id.patuh.cases;

import java.time.Instant;
import java.util.List;

/**
 * One executed SOP step (interchange.md §1), validated.
 *
 * @param unit       tenant code of the unit that runs the case
 * @param actorRole  the role as sent (not resolved against the catalog: a wrong role is a finding)
 * @param finishedAt null while the step is still running
 * @param decision   {@code ya}, {@code tidak} or null
 */
public record ActivityEvent(
        String eventId,
        String sopCode,
        String caseId,
        String unit,
        int stepNo,
        String actorRole,
        String actorId,
        Instant startedAt,
        Instant finishedAt,
        List<String> kelengkapan,
        String output,
        String decision) implements IngestRecord {

    public ActivityEvent {
        kelengkapan = kelengkapan == null ? List.of() : List.copyOf(kelengkapan);
    }

    @Override
    public String id() {
        return eventId;
    }

    public boolean finished() {
        return finishedAt != null;
    }
}
