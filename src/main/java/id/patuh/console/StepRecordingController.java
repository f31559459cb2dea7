package id.patuh.console;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Optional;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

import id.patuh.calendar.CalendarService;
import id.patuh.cases.DataKind;
import id.patuh.catalog.CatalogService;
import id.patuh.catalog.Sop;
import id.patuh.evidence.EvidenceRefused;
import id.patuh.evidence.EvidenceService;
import id.patuh.evidence.EvidenceTarget;
import id.patuh.ingest.IngestReport;
import id.patuh.ingest.IngestService;
import id.patuh.ingest.InputFormat;
import id.patuh.messages.Texts;
import id.patuh.security.CallerScope;
import id.patuh.security.TenantScope;

/**
 * Recording steps as they happen (phone first): start a case of one of the unit's SOPs, then
 * save each step through the same ingest path as the API, with its attachments as evidence.
 */
@Controller
@RequestMapping("/console/catat")
class StepRecordingController {

    static final String SOURCE = "/console/catat";

    private final CatalogService catalog;
    private final IngestService ingest;
    private final EvidenceService evidence;
    private final CalendarService calendars;
    private final StepRecordingPage page;

    StepRecordingController(CatalogService catalog, IngestService ingest, EvidenceService evidence,
            CalendarService calendars, StepRecordingPage page) {
        this.page = page;
        this.catalog = catalog;
        this.ingest = ingest;
        this.evidence = evidence;
        this.calendars = calendars;
    }

    /** The caller's SOPs: those run by one of the caller's units. */
    @GetMapping
    String start(Model model) {
        TenantScope scope = CallerScope.current();
        model.addAttribute("sops", catalog.sops().stream()
                .filter(s -> s.units().stream().anyMatch(scope::allows)).toList());
        return "console/record";
    }

    @GetMapping("/{code}")
    String steps(@PathVariable String code, @RequestParam(required = false) String unit,
            @RequestParam(name = "case", required = false) String caseId, Model model) {
        Sop sop = catalog.find(code).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        TenantScope scope = CallerScope.current();
        String chosen = unit != null ? unit : sop.units().stream().filter(scope::allows).findFirst().orElse(null);
        if (chosen == null || !scope.allows(chosen) || !sop.units().contains(chosen)) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        if (caseId == null || caseId.isBlank()) {
            var zone = calendars.forUnit(chosen).zone();
            return "redirect:" + UriComponentsBuilder.fromPath(SOURCE + "/{code}").queryParam("unit", chosen)
                    .queryParam("case", StepRecording.newCaseId(sop, chosen, zone)).buildAndExpand(code).toUriString();
        }
        page.fill(sop, chosen, caseId, model);
        return "console/record-steps";
    }

    @PostMapping("/{code}")
    String save(@PathVariable String code, @RequestParam(name = "event_id") String eventId,
            @RequestParam String unit, @RequestParam(name = "case") String caseId,
            @RequestParam(name = "step_no") int stepNo, @RequestParam(name = "actor_role") String actorRole,
            @RequestParam(name = "actor_id", required = false) String actorId,
            @RequestParam(name = "started_at") String startedAt,
            @RequestParam(name = "finished_at", required = false) String finishedAt,
            @RequestParam(required = false) List<String> kelengkapan,
            @RequestParam(required = false) String output, @RequestParam(required = false) String decision,
            @RequestParam(name = "lampiran", required = false) List<MultipartFile> attachments,
            RedirectAttributes redirect) {
        StepRecording step = new StepRecording(eventId, code, caseId, unit, stepNo, actorRole, actorId, startedAt,
                finishedAt, kelengkapan == null ? List.of() : kelengkapan, output, decision);
        TenantScope scope = CallerScope.current();
        IngestReport report = ingest.ingestRequest(DataKind.ACTIVITIES, InputFormat.CSV,
                new ByteArrayInputStream(step.csv()), SOURCE, scope);
        // the report keeps both texts of a row error: the notice says the one of the page's language
        Optional<String> refused = report.errors().stream().findFirst()
                .map(e -> PageLanguage.pick(e.reason(), e.reasonEn()));
        int kept = 0;
        for (MultipartFile file : refused.isEmpty() && attachments != null ? attachments : List.<MultipartFile>of()) {
            if (file.isEmpty()) {
                continue;
            }
            try {
                evidence.store(unit, EvidenceTarget.EVENT, eventId, file.getOriginalFilename(), file.getSize(), file,
                        scope, CallerScope.currentName());
                kept++;
            } catch (EvidenceRefused e) {
                // the step itself is stored; the page says which attachment was not
                refused = Optional.of(Texts.current("console.record.attachmentRefused", file.getOriginalFilename(),
                        e.detail()));
            }
        }
        redirect.addFlashAttribute("notice", notice(stepNo, eventId, refused.orElse(null), report, kept));
        redirect.addFlashAttribute("savedStep", stepNo);
        return "redirect:" + UriComponentsBuilder.fromPath(SOURCE + "/{code}").queryParam("unit", unit)
                .queryParam("case", caseId).buildAndExpand(code).toUriString();
    }

    private static FormNotice notice(int stepNo, String eventId, String refused, IngestReport report, int kept) {
        if (refused != null) {
            return FormNotice.error(Texts.current("console.record.refused", stepNo, refused));
        }
        if (report.duplicates() > 0) {
            return FormNotice.ok(Texts.current("console.record.duplicate", stepNo, eventId));
        }
        return FormNotice.ok(kept > 0 ? Texts.current("console.record.storedWith", stepNo, eventId, kept)
                : Texts.current("console.record.stored", stepNo, eventId));
    }
}
