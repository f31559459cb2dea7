package id.patuh.console;

import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

import id.patuh.calendar.CalendarService;
import id.patuh.calendar.WorkingCalendar;
import id.patuh.cases.ActivityEvent;
import id.patuh.cases.CaseData;
import id.patuh.cases.DataRequest;
import id.patuh.cases.StoreKeys;
import id.patuh.cases.StoredCases;
import id.patuh.cases.SubjectData;
import id.patuh.catalog.CatalogService;
import id.patuh.catalog.Sop;
import id.patuh.catalog.SopStep;
import id.patuh.evaluation.RuleService;
import id.patuh.evaluation.TimeText;
import id.patuh.messages.Texts;
import id.patuh.findings.FindingService;
import id.patuh.findings.FindingView;
import id.patuh.security.TenantScope;

/**
 * Assembles the detail page of a finding from the façades: the finding, its SOP and step from the
 * catalog, its evidence from the ingest store, and the time computation on the unit's calendar.
 */
@Component
class FindingDetails {

    private final FindingService findings;
    private final StoredCases stored;
    private final CatalogService catalog;
    private final CalendarService calendars;
    private final RuleService rules;
    private final Clock clock;

    FindingDetails(FindingService findings, StoredCases stored, CatalogService catalog, CalendarService calendars,
            RuleService rules, ObjectProvider<Clock> clock) {
        this.findings = findings;
        this.rules = rules;
        this.stored = stored;
        this.catalog = catalog;
        this.calendars = calendars;
        this.clock = clock.getIfAvailable(Clock::systemUTC);
    }

    /** The finding's page, if it exists and the caller may see it. */
    Optional<FindingDetail> find(String id, TenantScope scope) {
        return findings.find(id, scope).map(this::detail);
    }

    private FindingDetail detail(FindingView f) {
        WorkingCalendar calendar = calendars.forUnit(f.unit());
        FindingTimes times = new FindingTimes(calendar.zone());
        Optional<Sop> sop = Optional.ofNullable(f.sopCode()).flatMap(code -> judgedBy(code, f.sopVersion()));
        Proof proof;
        if (f.caseId() != null && f.unit() != null) {
            proof = caseProof(f, sop, calendar, times);
        } else if (f.indicatorCode() != null && f.period() != null && f.unit() != null) {
            proof = subjectProof(f, calendar, times);
        } else {
            proof = new Proof(FindingEvidence.onlyMissing(f.evidence()), "SOP_NOT_RATIFIED".equals(f.code())
                    ? sop.map(FindingDetails::ratification).orElse(null) : null);
        }
        return new FindingDetail(f, FindingCode.labelOf(f.code()), FindingCode.of(f.code())
                .map(FindingCode::meaning).orElse(""), sop.map(Sop::name).orElse(null), step(sop, f.stepNo()),
                times.zoneName(), times.at(f.detectedAt()), times.at(f.updatedAt()), proof.evidence(),
                proof.explanation(), f.history().stream().map(h -> new FindingDetail.HistoryRow(times.at(h.at()),
                        h.actor(), h.from(), h.to(), h.note())).toList(),
                FindingAction.from(f.status()), times.at(f.dilanggarPada()));
    }

    /** What a finding rests on, and the time computation behind it (null when there is none). */
    private record Proof(FindingEvidence evidence, FindingExplanation explanation) {
    }

    private Proof caseProof(FindingView f, Optional<Sop> sop, WorkingCalendar calendar, FindingTimes times) {
        Optional<CaseData> data = stored.findCase(StoreKeys.caseKey(tenant(f.unit()), f.caseId()));
        FindingEvidence evidence = data.map(d -> FindingEvidence.ofCase(d, sop, f.evidence(), times))
                .orElseGet(() -> FindingEvidence.onlyMissing(f.evidence()));
        if (!"DURATION_EXCEEDED".equals(f.code()) || sop.isEmpty()) {
            return new Proof(evidence, null);
        }
        Optional<ActivityEvent> cited = data.flatMap(d -> d.events().stream()
                .filter(e -> f.evidence().contains(e.eventId())).findFirst());
        return new Proof(evidence, cited.flatMap(e -> FindingDurationExplainer.explain(sop.get(), e, calendar, times,
                clock.instant())).orElse(null));
    }

    private Proof subjectProof(FindingView f, WorkingCalendar calendar, FindingTimes times) {
        Optional<SubjectData> data = stored.findSubject(StoreKeys.subjectKey(f.unit(), f.indicatorCode(), f.period()));
        FindingEvidence evidence = data.map(d -> FindingEvidence.ofSubject(d, f.evidence(), times))
                .orElseGet(() -> FindingEvidence.onlyMissing(f.evidence()));
        return new Proof(evidence, data.flatMap(d -> {
            Optional<Sop> sop = sopOfRequests(d);
            return FindingDeadlineExplainer.explain(f, d, sop, calendar, times, clock.instant(),
                    rules.verificationWindow(sop.orElse(null)));
        }).orElse(null));
    }

    private static FindingDetail.Step step(Optional<Sop> sop, Integer stepNo) {
        if (stepNo == null) {
            return null;
        }
        Optional<SopStep> step = sop.flatMap(s -> s.step(stepNo));
        return new FindingDetail.Step(stepNo,
                step.map(SopStep::activity).orElse(Texts.current("console.finding.step.not-in-sop")),
                step.map(s -> String.join(", ", s.executors())).orElse("–"),
                step.map(s -> s.waktu() == null ? Texts.current("console.finding.step.no-waktu")
                        : "\"" + s.waktuText() + "\" = "
                        + TimeText.standardForRequest(s.waktu(), sop.get().dayCounting())).orElse("–"));
    }

    /** The SOP of the case that issued the subject's requests, as the evaluation finds it. */
    private Optional<Sop> sopOfRequests(SubjectData data) {
        return data.requests().stream().map(DataRequest::caseId).filter(Objects::nonNull).findFirst()
                .flatMap(caseId -> stored.findCase(StoreKeys.caseKey(data.tenant(), caseId)))
                .flatMap(c -> catalog.find(c.sopCode()));
    }

    /**
     * The SOP version the finding was judged by (its {@code sop_version}), so the page explains it
     * with that version's Mutu Baku; the current version for findings stored before versions, or
     * when that version has since left the catalog.
     */
    private Optional<Sop> judgedBy(String code, String version) {
        return catalog.catalog().versions(code).map(v -> version == null ? v.current()
                : v.version(version).orElseGet(v::current));
    }

    private static FindingExplanation ratification(Sop sop) {
        String empty = Texts.current("console.explain.ratification.empty");
        String efektif = sop.tanggalEfektif() == null ? empty : sop.tanggalEfektif();
        String disahkan = sop.disahkanOleh() == null ? empty : sop.disahkanOleh();
        return new FindingExplanation(Texts.current("console.explain.ratification.title"),
                Texts.current("console.explain.ratification.headline", efektif, disahkan),
                List.of(new FindingExplanation.Fact(Texts.current("console.explain.ratification.nomor"),
                        Objects.toString(sop.nomor(), "–")),
                        new FindingExplanation.Fact(Texts.current("console.explain.ratification.source"),
                                Objects.toString(sop.source(), "–"))),
                null);
    }

    private static String tenant(String unit) {
        int slash = unit.indexOf('/');
        return slash < 0 ? unit : unit.substring(0, slash);
    }
}
