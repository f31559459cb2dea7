package id.patuh.ingest;

import java.time.Instant;

/** One past API import: when, who, and its report (with the row errors). */
public record ImportRecord(Instant at, String actor, IngestReport report) {
}
