package id.patuh.bench;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import id.patuh.cases.ActivityEvent;
import id.patuh.workload.WorkloadGenerator;

/**
 * Writes a generated activity log of about {@code events} rows to a CSV file, a chunk of cases
 * at a time, so that a million events never sit in memory together.
 */
final class BenchData {

    static final double FAULT_SHARE = 0.04;
    private static final int CASES_PER_CHUNK = 2_000;

    private BenchData() {
    }

    /** @return the number of events written */
    static long writeActivities(WorkloadGenerator generator, long events, String prefix, Path file) throws IOException {
        long written = 0;
        try (Writer out = Files.newBufferedWriter(file); CSVPrinter csv = new CSVPrinter(out,
                CSVFormat.RFC4180.builder().setHeader("event_id", "sop_code", "case_id", "unit", "step_no",
                        "actor_role", "actor_id", "started_at", "finished_at", "kelengkapan", "output", "decision")
                        .get())) {
            for (int chunk = 0; written < events; chunk++) {
                for (ActivityEvent e : generator.generateMix(CASES_PER_CHUNK, FAULT_SHARE, chunk,
                        prefix + chunk).events()) {
                    if (written == events) {
                        break;
                    }
                    csv.printRecord(e.eventId(), e.sopCode(), e.caseId(), e.unit(), e.stepNo(), e.actorRole(),
                            e.actorId(), time(e.startedAt()), time(e.finishedAt()), String.join(";", e.kelengkapan()),
                            e.output(), e.decision());
                    written++;
                }
            }
        }
        return written;
    }

    private static String time(java.time.Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.ofHours(7)).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    }
}
