package id.patuh.ingest;

import java.time.Instant;

/**
 * One past API import: when, who, its report (with the row errors), and whether a store outage
 * cut it short (then the report counts what was stored before the outage).
 */
public record ImportRecord(Instant at, String actor, IngestReport report, ImportStatus status) {
}
