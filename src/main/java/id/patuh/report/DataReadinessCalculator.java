package id.patuh.report;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import id.patuh.cases.DataRequest;
import id.patuh.cases.IndicatorRecord;
import id.patuh.cases.SubjectData;

/**
 * Completeness, timeliness, verification and validation of the indicator data, judged the way
 * the submission and verification rules judge it (docs/rules.md): the deadline is the latest
 * due_at, the first submission decides on-time, and data after the report time has not happened.
 */
final class DataReadinessCalculator {

    private final Instant asOf;

    DataReadinessCalculator(Instant asOf) {
        this.asOf = asOf;
    }

    DataReadiness of(List<SubjectData> subjects, HeldFindings findings) {
        List<SubjectLine> lines = subjects.stream().map(this::line)
                .sorted(Comparator.comparing(SubjectLine::unit).thenComparing(SubjectLine::indicatorCode)
                        .thenComparing(SubjectLine::period))
                .toList();
        List<IndicatorRecord> submitted = subjects.stream().flatMap(s -> submitted(s).stream()).toList();
        return new DataReadiness(completeness(lines, findings), timeliness(lines, findings),
                verification(submitted, findings), validation(submitted), lines);
    }

    private Figure completeness(List<SubjectLine> lines, HeldFindings findings) {
        List<String> counted = new ArrayList<>();
        List<String> gaps = new ArrayList<>();
        for (SubjectLine line : lines) {
            if (line.status().submitted()) {
                counted.add(line.firstRecordId());
            } else if (line.status() == SubjectLine.Status.BELUM_DISAMPAIKAN) {
                gaps.add(deadlineRequest(line));
            }
        }
        return Figure.of(counted, gaps, findings.ids(findings.withCode(Set.of("MISSING_SUBMISSION"))));
    }

    private Figure timeliness(List<SubjectLine> lines, HeldFindings findings) {
        List<String> counted = lines.stream().filter(l -> l.status() == SubjectLine.Status.TEPAT_WAKTU)
                .map(SubjectLine::firstRecordId).toList();
        List<String> gaps = lines.stream().filter(l -> l.status() == SubjectLine.Status.TERLAMBAT)
                .map(SubjectLine::firstRecordId).toList();
        return Figure.of(counted, gaps, findings.ids(findings.withCode(Set.of("LATE_SUBMISSION"))));
    }

    private Figure verification(List<IndicatorRecord> submitted, HeldFindings findings) {
        List<String> counted = submitted.stream().filter(this::independentlyVerified).map(IndicatorRecord::recordId)
                .toList();
        List<String> gaps = submitted.stream().filter(r -> !independentlyVerified(r)).map(IndicatorRecord::recordId)
                .toList();
        return Figure.of(counted, gaps,
                findings.ids(findings.withCode(Set.of("UNVERIFIED_DATA", "SELF_VERIFICATION"))));
    }

    private Figure validation(List<IndicatorRecord> submitted) {
        List<String> counted = submitted.stream().filter(r -> happened(r.validatedAt()))
                .map(IndicatorRecord::recordId).toList();
        List<String> gaps = submitted.stream().filter(r -> !happened(r.validatedAt()))
                .map(IndicatorRecord::recordId).toList();
        return Figure.of(counted, gaps, List.of());
    }

    private SubjectLine line(SubjectData s) {
        List<IndicatorRecord> submitted = submitted(s);
        IndicatorRecord first = submitted.isEmpty() ? null : submitted.get(0);
        Instant deadline = s.requests().stream().map(DataRequest::dueAt).max(Comparator.naturalOrder()).orElse(null);
        String name = s.records().stream().map(IndicatorRecord::indicatorName).filter(n -> n != null && !n.isBlank())
                .findFirst().orElse(null);
        return new SubjectLine(s.unit(), s.indicatorCode(), name, s.period(),
                s.requests().stream().sorted(Comparator.comparing(DataRequest::dueAt)
                        .thenComparing(DataRequest::requestId)).map(DataRequest::requestId).toList(),
                deadline, first == null ? null : first.recordId(), first == null ? null : first.submittedAt(),
                status(deadline, first), s.records().stream().map(IndicatorRecord::recordId).sorted().toList(),
                submitted.size(), submitted.stream().filter(this::independentlyVerified).count(),
                submitted.stream().filter(r -> happened(r.validatedAt())).count());
    }

    private SubjectLine.Status status(Instant deadline, IndicatorRecord first) {
        if (deadline == null) {
            return SubjectLine.Status.TANPA_PERMINTAAN;
        }
        if (first == null) {
            return asOf.isAfter(deadline) ? SubjectLine.Status.BELUM_DISAMPAIKAN : SubjectLine.Status.BELUM_JATUH_TEMPO;
        }
        return first.submittedAt().isAfter(deadline) ? SubjectLine.Status.TERLAMBAT : SubjectLine.Status.TEPAT_WAKTU;
    }

    /** The request that sets the deadline: one id per missing subject keeps the counts honest. */
    private static String deadlineRequest(SubjectLine line) {
        return line.requestIds().get(line.requestIds().size() - 1);
    }

    /** Records submitted at or before the report time, first submission first. */
    private List<IndicatorRecord> submitted(SubjectData s) {
        return s.records().stream().filter(r -> happened(r.submittedAt()))
                .sorted(Comparator.comparing(IndicatorRecord::submittedAt).thenComparing(IndicatorRecord::recordId))
                .toList();
    }

    /** A verification by the submitter is no verification (SELF_VERIFICATION), so it does not count. */
    private boolean independentlyVerified(IndicatorRecord r) {
        String verifier = person(r.verifiedBy());
        return happened(r.verifiedAt()) && (verifier.isEmpty() || !verifier.equals(person(r.submittedBy())));
    }

    /** As the self-verification rule compares people: lower case, whitespace removed. */
    private static String person(String id) {
        return id == null ? "" : id.replaceAll("\\s+", "").toLowerCase(Locale.ROOT);
    }

    private boolean happened(Instant t) {
        return t != null && !t.isAfter(asOf);
    }
}
