package id.patuh.console;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import id.patuh.catalog.Sop;
import id.patuh.catalog.SopStep;

/**
 * One step as recorded in the console, turned into the one-row activity CSV the API would
 * receive, so a recorded step meets exactly the validation, tenant scope and idempotency of
 * every other import. Its event id is made when the form is shown: sending the same form twice
 * sends the same id, and the second is a duplicate, not a second step.
 */
record StepRecording(String eventId, String sopCode, String caseId, String unit, int stepNo, String actorRole,
        String actorId, String startedAt, String finishedAt, List<String> kelengkapan, String output,
        String decision) {

    static final List<String> COLUMNS = List.of("event_id", "sop_code", "case_id", "unit", "step_no", "actor_role",
            "actor_id", "started_at", "finished_at", "kelengkapan", "output", "decision");

    /** The form of one step as first shown: now as start and finish, the step's own Pelaksana and output. */
    record Form(String eventId, SopStep step, String actorId, String now) {
    }

    static Form form(SopStep step, String caseId, String actorId, ZoneId zone) {
        String now = localNow(zone);
        return new Form(caseId + "-" + step.no() + "-" + UUID.randomUUID().toString().substring(0, 8), step, actorId,
                now);
    }

    /** Now in the unit's zone, to the minute, as a {@code datetime-local} field shows it. */
    static String localNow(ZoneId zone) {
        return LocalDateTime.now(zone).truncatedTo(ChronoUnit.MINUTES).toString();
    }

    /** A new case id for a unit: readable, and unique without asking the store. */
    static String newCaseId(Sop sop, String unit, ZoneId zone) {
        return unit + "-" + LocalDateTime.now(zone).toLocalDate() + "-" + UUID.randomUUID().toString().substring(0, 6);
    }

    byte[] csv() {
        StringWriter out = new StringWriter();
        try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.RFC4180)) {
            csv.printRecord(COLUMNS);
            csv.printRecord(eventId, sopCode, caseId, unit, stepNo, actorRole, actorId, startedAt, finishedAt,
                    String.join(";", kelengkapan), output, decision);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }
}
