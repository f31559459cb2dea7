package id.patuh.console;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpStatus;
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
import id.patuh.findings.FindingPage;
import id.patuh.findings.FindingService;
import id.patuh.findings.FindingTransitionException;
import id.patuh.findings.FindingView;
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
    private final Clock clock;
    private final EvidenceService evidenceFiles;

    FindingPagesController(FindingService findings, FindingDetails details, CatalogService catalog,
            CalendarService calendars, ConsoleProperties properties, ObjectProvider<Clock> clock,
            EvidenceService evidenceFiles) {
        this.evidenceFiles = evidenceFiles;
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
     * One decision. Only the inspektorat gets here (security rules); the signed-in user is the
     * actor. A refused change or an empty note goes back to the page as a message, never a 500.
     */
    @PostMapping("/{id}/{action}")
    String decide(@PathVariable String id, @PathVariable String action,
            @RequestParam(name = "note", required = false) String note, RedirectAttributes redirect, Model model,
            HttpServletResponse response) {
        TenantScope scope = CallerScope.current();
        Optional<FindingAction> chosen = FindingAction.of(action);
        Optional<FindingView> finding = findings.find(id, scope);
        if (chosen.isEmpty() || finding.isEmpty()) {
            return notFound(model, response);
        }
        FindingNotice notice = decide(finding.get(), chosen.get(), note, scope);
        redirect.addFlashAttribute("notice", notice);
        if (notice.kind().equals("error")) {
            // the typed note is kept for the next try
            redirect.addFlashAttribute("draftAction", chosen.get().path());
            redirect.addFlashAttribute("draftNote", note);
        }
        return "redirect:/console/findings/{id}";
    }

    private FindingNotice decide(FindingView finding, FindingAction action, String note, TenantScope scope) {
        if (note == null || note.isBlank()) {
            return action.noteMissing();
        }
        if (note.length() > MAX_NOTE) {
            return FindingNotice.error("Catatan terlalu panjang (paling banyak " + MAX_NOTE + " karakter).",
                    "The note is too long (at most " + MAX_NOTE + " characters).");
        }
        if (!finding.status().allowedNext().contains(action.target())) {
            return FindingNotice.error("Temuan berstatus " + finding.status().label() + " tidak dapat diubah menjadi "
                    + action.target().label() + ".", "A finding that is " + finding.status().label()
                    + " cannot become " + action.target().label() + ".");
        }
        try {
            findings.change(finding.id(), action.target(), CallerScope.currentName(), note, scope);
            return action.done();
        } catch (FindingTransitionException e) {
            // e.g. another auditor changed it a moment ago
            return FindingNotice.errorOf(e.getMessage());
        }
    }

    private static String notFound(Model model, HttpServletResponse response) {
        response.setStatus(HttpStatus.NOT_FOUND.value());
        model.addAttribute("status", HttpStatus.NOT_FOUND.value());
        return "error";
    }
}
