package id.patuh.metrics;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import id.patuh.cases.DataRequest;
import id.patuh.cases.IndicatorRecord;
import id.patuh.cases.SubjectData;

/**
 * Indicator subjects per raw unit and period, as of one instant, read the way the submission and
 * verification rules read them: the deadline is the latest due_at of the subject's requests, and
 * only what happened at or before the instant counts.
 */
final class SubjectTally {

    record UnitPeriod(String unit, String period) {
    }

    private final Instant now;
    final Map<UnitPeriod, SubmissionCounts> subjects = new HashMap<>();

    SubjectTally(Instant now) {
        this.now = now;
    }

    void add(SubjectData data) {
        SubmissionCounts counts = subjects.computeIfAbsent(new UnitPeriod(data.unit(), data.period()),
                k -> new SubmissionCounts());
        Optional<Instant> deadline = data.requests().stream().map(DataRequest::dueAt).filter(Objects::nonNull)
                .max(Instant::compareTo);
        Optional<Instant> first = data.records().stream().map(IndicatorRecord::submittedAt)
                .filter(this::happened).min(Instant::compareTo);
        if (deadline.isPresent() && (first.isPresent() || deadline.get().isBefore(now))) {
            counts.expected++;
            counts.received += first.isPresent() ? 1 : 0;
            counts.onTime += first.filter(t -> !t.isAfter(deadline.get())).isPresent() ? 1 : 0;
        }
        for (IndicatorRecord record : data.records()) {
            if (happened(record.submittedAt())) {
                counts.recordsSubmitted++;
                counts.recordsVerified += happened(record.verifiedAt()) ? 1 : 0;
            }
        }
    }

    private boolean happened(Instant t) {
        return t != null && !t.isAfter(now);
    }
}
