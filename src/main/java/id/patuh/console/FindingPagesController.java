package id.patuh.console;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import id.patuh.calendar.CalendarService;
import id.patuh.catalog.CatalogService;
import id.patuh.evidence.EvidenceService;
import id.patuh.evidence.EvidenceTarget;
import id.patuh.findings.FindingFilter;
import id.patuh.findings.FindingPage;
import id.patuh.findings.FindingService;
import id.patuh.findings.FindingTransitionException;
import id.patuh.findings.FindingView;
import id.patuh.messages.Texts;
import id.patuh.report.FindingRegister;
import id.patuh.report.ReportDocument;
import id.patuh.report.ReportFormat;
import id.patuh.security.CallerScope;
import id.patuh.security.TenantScope;

import jakarta.servlet.http.HttpServletResponse;

/**
 * The findings pages: the filtered list, one finding with its evidence and time computation, and
 * the inspektorat's decisions (Post/Redirect/Get, with the outcome told on the detail page).
 * Everything is scoped to the signed-in caller's tenants: a finding of another tenant is "not found".
 */
@Controller
@RequestMapping("/console/findings")
class FindingPagesController {

    static final int MAX_NOTE = 2000;

    private final FindingService findings;
    private final FindingDetails details;
    private final CatalogService catalog;
    private final CalendarService calendars;
    private final ConsoleProperties properties;
    private final FindingRegister register;
    private final Clock clock;
    private final EvidenceService evidenceFiles;

    FindingPagesController(FindingService findings, FindingDetails details, CatalogService catalog,
            CalendarService calendars, ConsoleProperties properties, FindingRegister register,
            ObjectProvider<Clock> clock, EvidenceService evidenceFiles) {
        this.evidenceFiles = evidenceFiles;
        this.register = register;
        this.findings = findings;
        this.details = details;
        this.catalog = catalog;
        this.calendars = calendars;
        this.properties = properties;
        this.clock = clock.getIfAvailable(Clock::systemUTC);
    }

    /** The whole page, or only the results when htmx asks for them after a filter change. */
    @GetMapping
    String list(FindingListQuery query, @RequestHeader(name = "HX-Request", required = false) String htmx,
            @RequestHeader(name = "HX-History-Restore-Request", required = false) String restore, Model model) {
        Instant now = clock.instant();
        TenantScope scope = CallerScope.current();
        FindingPage page = findings.list(query.filter(now), scope, query.pageIndex(), properties.pageSize(),
                query.order());
        if (page.items().isEmpty() && page.total() > 0) {
            // a page past the end (an old bookmark, fewer findings now): show the last one
            int last = (int) ((page.total() - 1) / page.size());
            page = findings.list(query.filter(now), scope, last, properties.pageSize(), query.order());
        }
        model.addAttribute("query", query);
        model.addAttribute("problems", query.problems());
        model.addAttribute("list", FindingList.of(page, query,
                unit -> new FindingTimes(calendars.forUnit(unit).zone()), now));
        model.addAttribute("options", FindingListOptions.of(catalog.sops(), scope));
        boolean fragment = "true".equals(htmx) && !"true".equals(restore);
        return fragment ? "console/findings :: results" : "console/findings";
    }

    /**
     * The list as the follow-up register (XLSX, CSV, PDF), with the list's filters. It is here as
     * well as at {@code /api/findings/export} because a signed-in browser has a session, not the
     * API's Basic credentials.
     */
    @GetMapping("/export")
    ResponseEntity<byte[]> export(FindingListQuery query, @RequestParam(defaultValue = "xlsx") String format) {
        ReportDocument document = register.export(query.filter(clock.instant()), CallerScope.current(),
                ReportFormat.parse(format));
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(document.mediaType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(document.fileName()).build().toString()).body(document.body());
    }

    @GetMapping("/{id}")
    String detail(@PathVariable String id, Model model, HttpServletResponse response) {
        Optional<FindingDetail> detail = details.find(id, CallerScope.current());
        if (detail.isEmpty()) {
            return notFound(model, response);
        }
        model.addAttribute("detail", detail.get());
        model.addAttribute("evidenceFiles", evidenceFiles.idsOf(tenant(detail.get().finding().unit()),
                EvidenceTarget.EVENT, detail.get().evidence().events().stream()
                        .map(FindingEvidence.EventRow::eventId).toList()));
        model.addAttribute("maxNote", MAX_NOTE);
        return "console/findings-detail";
    }

    private static String tenant(String unit) {
        return unit == null ? null : unit.split("/", 2)[0];
    }

    /**
     * Every {@code terbuka} finding of the list's current filter accepted under one recommendation
     * (e.g. all late disposisi of one kecamatan in a quarter). Only the inspektorat gets here; a
     * list without any filter is refused rather than accepting everything.
     */
    @PostMapping("/rekomendasi")
    String recommendList(FindingListQuery query, FindingStepForm form, RedirectAttributes redirect) {
        FindingNotice notice = form.problem(FindingAction.REKOMENDASI).orElse(null);
        FindingFilter filter = query.filter(clock.instant());
        if (notice == null && !filter.narrows()) {
            notice = FindingNotice.error(Texts.current("console.findings.recommend.unfiltered"));
        }
        if (notice == null) {
            try {
                int count = findings.recommendMatching(filter, form.recommendation(), CallerScope.currentName(),
                        CallerScope.current()).size();
                notice = FindingNotice.ok(Texts.current("console.findings.recommend.done", count));
            } catch (FindingTransitionException e) {
                notice = FindingNotice.errorOf(e);
            }
        }
        redirect.addFlashAttribute("notice", notice);
        return "redirect:" + query.url(0);
    }

    /**
     * One follow-up step. The security rules let only the step's role get here (the inspektorat,
     * or the unit's OPERATOR/SEKCAM for the report); the signed-in user is the actor. A refused
     * step or an empty field goes back to the page as a message, never a 500.
     */
    @PostMapping("/{id}/{action}")
    String decide(@PathVariable String id, @PathVariable String action, FindingStepForm form,
            RedirectAttributes redirect, Model model, HttpServletResponse response) {
        TenantScope scope = CallerScope.current();
        Optional<FindingAction> chosen = FindingAction.of(action);
        Optional<FindingView> finding = findings.find(id, scope);
        if (chosen.isEmpty() || finding.isEmpty()) {
            return notFound(model, response);
        }
        FindingNotice notice = decide(finding.get(), chosen.get(), form, scope);
        redirect.addFlashAttribute("notice", notice);
        if (notice.kind().equals("error")) {
            // the typed text is kept for the next try
            redirect.addFlashAttribute("draftAction", chosen.get().path());
            redirect.addFlashAttribute("draft", form);
        }
        return "redirect:/console/findings/{id}";
    }

    private FindingNotice decide(FindingView finding, FindingAction action, FindingStepForm form, TenantScope scope) {
        Optional<FindingNotice> problem = form.problem(action);
        if (problem.isPresent()) {
            return problem.get();
        }
        if (!action.step().allowedFrom(finding.status())) {
            return FindingNotice.error(Texts.current("console.finding.step.not-allowed", finding.status().label()));
        }
        try {
            if (action.recommends()) {
                findings.recommend(List.of(finding.id()), form.recommendation(), CallerScope.currentName(), scope);
            } else {
                findings.step(finding.id(), action.step(), CallerScope.currentName(), form.note(), form.buktiIds(),
                        scope);
            }
            return action.done();
        } catch (FindingTransitionException e) {
            // e.g. someone else changed it a moment ago
            return FindingNotice.errorOf(e);
        }
    }

    private static String notFound(Model model, HttpServletResponse response) {
        response.setStatus(HttpStatus.NOT_FOUND.value());
        model.addAttribute("status", HttpStatus.NOT_FOUND.value());
        return "console/error";
    }
}
