package id.patuh.console;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import id.patuh.calendar.WorkingCalendar;
import id.patuh.cases.DataRequest;
import id.patuh.cases.IndicatorRecord;
import id.patuh.cases.SubjectData;
import id.patuh.catalog.Sop;
import id.patuh.evaluation.TimeText;
import id.patuh.evaluation.VerificationWindow;
import id.patuh.findings.FindingView;
import id.patuh.messages.Texts;

/**
 * The deadline behind a data-collection finding, as semantics.md defines it: for a missing or
 * late submission the latest due_at of the subject's requests, for unverified data the end of the
 * verification window counted from submitted_at on the unit's calendar.
 */
final class FindingDeadlineExplainer {

    private FindingDeadlineExplainer() {
    }

    /**
     * @param sop    the SOP of the case that issued the requests, when one names a case
     * @param window the verification window the rules use for that SOP
     */
    static Optional<FindingExplanation> explain(FindingView finding, SubjectData subject, Optional<Sop> sop,
            WorkingCalendar calendar, FindingTimes times, Instant now, VerificationWindow window) {
        return switch (finding.code()) {
            case "MISSING_SUBMISSION", "LATE_SUBMISSION" -> submission(subject, calendar, times, now);
            case "UNVERIFIED_DATA" -> verification(finding, subject, sop, calendar, times, now, window);
            default -> Optional.empty();
        };
    }

    private static Optional<FindingExplanation> submission(SubjectData subject, WorkingCalendar calendar,
            FindingTimes times, Instant now) {
        Optional<Instant> deadline = subject.requests().stream().map(DataRequest::dueAt).max(Comparator.naturalOrder());
        if (deadline.isEmpty()) {
            return Optional.empty();
        }
        Instant due = deadline.get();
        Optional<Instant> first = subject.records().stream().map(IndicatorRecord::submittedAt)
                .filter(Objects::nonNull).filter(t -> !t.isAfter(now)).min(Comparator.naturalOrder());
        List<FindingExplanation.Fact> facts = new ArrayList<>();
        subject.requests().stream().sorted(Comparator.comparing(DataRequest::dueAt)).forEach(r -> facts.add(
                new FindingExplanation.Fact(Texts.current("console.explain.submission.request", r.requestId()),
                        r.caseId() == null
                                ? Texts.current("console.explain.submission.request.due", times.longAt(r.dueAt()))
                                : Texts.current("console.explain.submission.request.due.case", times.longAt(r.dueAt()),
                                        r.caseId()))));
        facts.add(new FindingExplanation.Fact(Texts.current("console.explain.submission.applies"),
                subject.requests().size() > 1
                        ? Texts.current("console.explain.submission.applies.latest", times.longAt(due))
                        : times.longAt(due)));
        facts.add(new FindingExplanation.Fact(Texts.current("console.explain.submission.first"),
                first.map(times::longAt)
                        .orElse(Texts.current("console.explain.submission.first.none", times.longAt(now)))));
        Instant end = first.orElse(now);
        String headline;
        if (first.isPresent() && !first.get().isAfter(due)) {
            headline = Texts.current("console.explain.submission.on-time", times.at(first.get()), times.at(due));
        } else if (first.isPresent()) {
            headline = Texts.current("console.explain.submission.late", times.at(first.get()), times.at(due),
                    lateBy(calendar, due, end));
        } else if (now.isAfter(due)) {
            headline = Texts.current("console.explain.submission.missing", times.at(due), times.at(now),
                    lateBy(calendar, due, end));
        } else {
            headline = Texts.current("console.explain.submission.not-yet", times.at(due), times.at(now));
        }
        return Optional.of(new FindingExplanation(Texts.current("console.explain.submission.title"), headline, facts,
                end.isAfter(due) ? FindingSpan.of(calendar, times, due, end) : null));
    }

    private static Optional<FindingExplanation> verification(FindingView finding, SubjectData subject,
            Optional<Sop> sop, WorkingCalendar unitCalendar, FindingTimes times, Instant now,
            VerificationWindow window) {
        Optional<IndicatorRecord> cited = subject.records().stream()
                .filter(r -> finding.evidence().contains(r.recordId()) && r.submittedAt() != null).findFirst();
        if (cited.isEmpty()) {
            return Optional.empty();
        }
        IndicatorRecord record = cited.get();
        WorkingCalendar calendar = sop.map(s -> unitCalendar.countingDaysAs(s.dayCounting())).orElse(unitCalendar);
        Instant due = window.dueAt(calendar, record.submittedAt());
        String windowText = window.text(calendar.dayCounting());
        Instant verified = record.verifiedAt() != null && !record.verifiedAt().isAfter(now) ? record.verifiedAt() : null;
        Instant end = verified != null ? verified : now;
        List<FindingExplanation.Fact> facts = new ArrayList<>();
        facts.add(new FindingExplanation.Fact(Texts.current("console.explain.verify.submitted"),
                by(times.longAt(record.submittedAt()), record.submittedBy())));
        facts.add(new FindingExplanation.Fact(Texts.current("console.explain.verify.window"), window.isDefault()
                ? Texts.current("console.explain.verify.window.default", windowText)
                : Texts.current("console.explain.verify.window.steps", windowText, String.valueOf(window.steps()),
                        sop.map(Sop::code).orElse(""))));
        facts.add(new FindingExplanation.Fact(Texts.current("console.explain.verify.due"), times.longAt(due)));
        facts.add(new FindingExplanation.Fact(Texts.current("console.explain.verify.verified"), verified == null
                ? Texts.current("console.explain.verify.verified.none", times.longAt(now))
                : by(times.longAt(verified), record.verifiedBy())));
        String headline = Texts.current("console.explain.verify.headline", times.at(record.submittedAt()), windowText,
                times.at(due))
                + (verified == null ? Texts.current("console.explain.verify.headline.unverified", times.at(now))
                        : Texts.current("console.explain.verify.headline.verified", times.at(verified)))
                + (end.isAfter(due) ? Texts.current("console.explain.late", lateBy(calendar, due, end)) : "") + ".";
        return Optional.of(new FindingExplanation(Texts.current("console.explain.verify.title"), headline, facts,
                end.isAfter(due) ? FindingSpan.of(calendar, times, due, end) : null));
    }

    private static String lateBy(WorkingCalendar calendar, Instant due, Instant end) {
        Duration working = calendar.workingDuration(due, end);
        return Texts.current("console.explain.late-by", TimeText.durationForRequest(working));
    }

    private static String by(String when, String person) {
        return person == null ? when : Texts.current("console.explain.by", when, person);
    }
}
