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
                new FindingExplanation.Fact("Permintaan " + r.requestId(), "batas " + times.longAt(r.dueAt())
                        + (r.caseId() == null ? "" : " (kasus " + r.caseId() + ")"))));
        facts.add(new FindingExplanation.Fact("Batas yang berlaku", times.longAt(due)
                + (subject.requests().size() > 1 ? " — batas permintaan yang paling akhir" : "")));
        facts.add(new FindingExplanation.Fact("Penyampaian pertama",
                first.map(times::longAt).orElse("belum ada sampai " + times.longAt(now))));
        Instant end = first.orElse(now);
        String headline;
        if (first.isPresent() && !first.get().isAfter(due)) {
            headline = "Data pertama disampaikan " + times.at(first.get()) + ", sebelum batas " + times.at(due) + ".";
        } else if (first.isPresent()) {
            headline = "Data pertama disampaikan " + times.at(first.get()) + ", batas " + times.at(due)
                    + ": terlambat " + lateBy(calendar, due, end) + ".";
        } else if (now.isAfter(due)) {
            headline = "Batas penyampaian " + times.at(due) + "; sampai " + times.at(now)
                    + " data belum disampaikan: lewat " + lateBy(calendar, due, end) + ".";
        } else {
            headline = "Batas penyampaian " + times.at(due) + " belum lewat pada " + times.at(now) + ".";
        }
        return Optional.of(new FindingExplanation("Batas waktu penyampaian", headline, facts,
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
        facts.add(new FindingExplanation.Fact("Disampaikan", times.longAt(record.submittedAt())
                + (record.submittedBy() == null ? "" : " oleh " + record.submittedBy())));
        facts.add(new FindingExplanation.Fact("Jendela verifikasi", windowText + (window.isDefault()
                ? " — bawaan, karena SOP permintaan ini tidak punya langkah verifikasi bertanda waktu"
                : " — jumlah Mutu Baku waktu langkah " + window.steps() + " SOP " + sop.map(Sop::code).orElse(""))));
        facts.add(new FindingExplanation.Fact("Batas verifikasi", times.longAt(due)));
        facts.add(new FindingExplanation.Fact("Diverifikasi", verified == null ? "belum sampai " + times.longAt(now)
                : times.longAt(verified) + (record.verifiedBy() == null ? "" : " oleh " + record.verifiedBy())));
        String headline = "Data disampaikan " + times.at(record.submittedAt()) + "; jendela verifikasi " + windowText
                + " berakhir " + times.at(due) + (verified == null ? "; sampai " + times.at(now)
                        + " belum diverifikasi" : "; diverifikasi " + times.at(verified))
                + (end.isAfter(due) ? ": lewat " + lateBy(calendar, due, end) : "") + ".";
        return Optional.of(new FindingExplanation("Jendela verifikasi", headline, facts,
                end.isAfter(due) ? FindingSpan.of(calendar, times, due, end) : null));
    }

    private static String lateBy(WorkingCalendar calendar, Instant due, Instant end) {
        Duration working = calendar.workingDuration(due, end);
        return TimeText.duration(working) + " waktu kerja";
    }
}
