package id.patuh.console;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import id.patuh.cases.ActivityEvent;
import id.patuh.cases.CaseData;
import id.patuh.cases.DataRequest;
import id.patuh.cases.IndicatorRecord;
import id.patuh.cases.SubjectData;
import id.patuh.catalog.Sop;
import id.patuh.catalog.SopStep;
import id.patuh.messages.Texts;

/**
 * What a finding rests on, as stored: the events of its case, or the records and requests of its
 * indicator subject, each marked when the finding cites it. The whole case is shown because a
 * skipped or out-of-order step is only visible next to its neighbours.
 *
 * @param missing cited ids that the store no longer holds
 */
record FindingEvidence(List<EventRow> events, List<RecordRow> records, List<RequestRow> requests,
        List<String> missing) {

    static final FindingEvidence NONE = new FindingEvidence(List.of(), List.of(), List.of(), List.of());

    record EventRow(String eventId, int stepNo, String step, String pelaksana, String actorId, String started,
            String finished, String kelengkapan, String output, String decision, boolean cited) {
    }

    record RecordRow(String recordId, String unit, String indicator, String target, String realization,
            String submitted, String verified, String validated, boolean cited) {
    }

    record RequestRow(String requestId, String caseId, String due, boolean cited) {
    }

    static FindingEvidence ofCase(CaseData data, Optional<Sop> sop, List<String> cited, FindingTimes times) {
        Set<String> ids = new HashSet<>();
        List<EventRow> rows = data.events().stream()
                .sorted(Comparator.comparing(ActivityEvent::startedAt).thenComparing(ActivityEvent::stepNo))
                .map(e -> {
                    ids.add(e.eventId());
                    String step = activity(sop, e.stepNo());
                    return new EventRow(e.eventId(), e.stepNo(), step, e.actorRole(), e.actorId(),
                            times.at(e.startedAt()), e.finishedAt() == null
                                    ? Texts.current("console.finding.step.not-finished") : times.at(e.finishedAt()),
                            String.join("; ", e.kelengkapan()), e.output(), e.decision(), cited.contains(e.eventId()));
                }).toList();
        return new FindingEvidence(rows, List.of(), List.of(), missing(cited, ids));
    }

    private static String activity(Optional<Sop> sop, int stepNo) {
        Optional<SopStep> step = sop.flatMap(s -> s.step(stepNo));
        return step.map(SopStep::activity).orElse(Texts.current("console.finding.step.not-in-sop"));
    }

    static FindingEvidence ofSubject(SubjectData data, List<String> cited, FindingTimes times) {
        Set<String> ids = new HashSet<>();
        List<RecordRow> records = data.records().stream().sorted(Comparator.comparing(IndicatorRecord::recordId))
                .map(r -> {
                    ids.add(r.recordId());
                    return new RecordRow(r.recordId(), r.unit(), r.indicatorCode() + " " + r.period()
                            + (r.indicatorName() == null ? "" : " — " + r.indicatorName()), number(r.targetPeriod()),
                            number(r.realization()), who(r.submittedBy(), r.submittedAt() == null ? null
                                    : times.at(r.submittedAt())), who(r.verifiedBy(), r.verifiedAt() == null ? null
                                    : times.at(r.verifiedAt())), who(r.validatedBy(), r.validatedAt() == null ? null
                                    : times.at(r.validatedAt())), cited.contains(r.recordId()));
                }).toList();
        List<RequestRow> requests = data.requests().stream().sorted(Comparator.comparing(DataRequest::dueAt))
                .map(r -> {
                    ids.add(r.requestId());
                    return new RequestRow(r.requestId(), r.caseId(), times.at(r.dueAt()), cited.contains(r.requestId()));
                }).toList();
        return new FindingEvidence(List.of(), records, requests, missing(cited, ids));
    }

    static FindingEvidence onlyMissing(List<String> cited) {
        return new FindingEvidence(List.of(), List.of(), List.of(), List.copyOf(cited));
    }

    public boolean isEmpty() {
        return events.isEmpty() && records.isEmpty() && requests.isEmpty() && missing.isEmpty();
    }

    private static List<String> missing(List<String> cited, Set<String> present) {
        return cited.stream().filter(id -> !present.contains(id)).toList();
    }

    private static String number(BigDecimal value) {
        if (value == null) {
            return "–";
        }
        return FindingTimes.decimal(value.stripTrailingZeros());
    }

    private static String who(String person, String when) {
        if (when == null) {
            return "–";
        }
        return person == null || person.isBlank() ? when : when + " · " + person;
    }
}
