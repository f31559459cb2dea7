package id.patuh.evaluation.fact;

import java.time.Instant;
import java.util.List;

import org.kie.api.definition.type.ClassReactive;

/**
 * What was asked of one unit for one indicator and period, and when it first answered.
 *
 * @param dueAt            the deadline: the latest due_at among the requests (a later request extends it)
 * @param requestIds       the requests, sorted
 * @param firstSubmittedAt the earliest submitted_at at or before the evaluation time; null when none
 * @param firstRecordId    the record submitted then; null when none
 */
@ClassReactive
public record SubmissionStatus(
        String unit,
        String indicatorCode,
        String period,
        Instant dueAt,
        String dueText,
        List<String> requestIds,
        Instant firstSubmittedAt,
        String firstSubmittedText,
        String firstRecordId) {

    public SubmissionStatus {
        requestIds = List.copyOf(requestIds);
    }
}
