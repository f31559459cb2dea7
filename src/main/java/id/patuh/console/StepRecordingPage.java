package id.patuh.console;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.web.server.ResponseStatusException;

import id.patuh.calendar.CalendarService;
import id.patuh.calendar.WorkingCalendar;
import id.patuh.catalog.CatalogService;
import id.patuh.catalog.Sop;
import id.patuh.evidence.EvidenceService;
import id.patuh.evidence.EvidenceTarget;
import id.patuh.cases.ActivityEvent;
import id.patuh.cases.CaseData;
import id.patuh.cases.StoredCases;
import id.patuh.cases.StoreKeys;
import id.patuh.messages.Texts;
import id.patuh.security.CallerScope;

/**
 * The recording page of one case: the stored case read back from the read model, laid
 * over the flow of the SOP version that judges it, with a fresh form (and event id) per step.
 */
@Component
class StepRecordingPage {

    private final CatalogService catalog;
    private final StoredCases cases;
    private final EvidenceService evidence;
    private final CalendarService calendars;
    private final Clock clock;

    StepRecordingPage(CatalogService catalog, StoredCases cases, EvidenceService evidence,
            CalendarService calendars, ObjectProvider<Clock> clock) {
        this.catalog = catalog;
        this.cases = cases;
        this.evidence = evidence;
        this.calendars = calendars;
        this.clock = clock.getIfAvailable(Clock::systemUTC);
    }

    void fill(Sop current, String unit, String caseId, Model model) {
        String tenant = StoreKeys.tenantOf(unit);
        Optional<CaseData> stored = cases.findCase(StoreKeys.caseKey(tenant, caseId));
        if (stored.isPresent() && !stored.get().sopCode().equals(current.code())) {
            // the case id is another SOP's: recording it here would only produce conflicts
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, Texts.current("console.record.otherSop", caseId,
                    stored.get().sopCode()));
        }
        List<ActivityEvent> events = stored.map(CaseData::events).orElse(List.of());
        WorkingCalendar calendar = calendars.forUnit(unit);
        ZoneId zone = calendar.zone();
        Instant now = clock.instant();
        Sop sop = versionOf(current, events, zone, now);
        Map<String, List<String>> files = evidence.idsOf(tenant, EvidenceTarget.EVENT,
                events.stream().map(ActivityEvent::eventId).toList());
        Map<Integer, StepRecording.Form> forms = new LinkedHashMap<>();
        sop.steps().forEach(s -> forms.put(s.no(), StepRecording.form(s, caseId, CallerScope.currentName(), zone)));
        model.addAttribute("sop", sop);
        model.addAttribute("unit", unit);
        model.addAttribute("caseId", caseId);
        model.addAttribute("flow", CaseFlows.of(sop, events, files, calendar, now));
        model.addAttribute("forms", forms);
        model.addAttribute("recorded", events.size());
        model.addAttribute("now", StepRecording.localNow(zone));
    }

    /** The version in force on the day the case's first step started, as the evaluation judges it. */
    private Sop versionOf(Sop current, List<ActivityEvent> events, ZoneId zone, Instant now) {
        Optional<LocalDate> firstDay = events.stream().map(ActivityEvent::startedAt).filter(t -> !t.isAfter(now))
                .min(Instant::compareTo).map(t -> LocalDate.ofInstant(t, zone));
        return firstDay.flatMap(day -> catalog.catalog().versions(current.code()).map(v -> v.inForceOn(day).sop()))
                .orElse(current);
    }
}
