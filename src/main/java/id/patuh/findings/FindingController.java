package id.patuh.findings;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import org.springframework.http.HttpStatus;

import id.patuh.security.CallerScope;

/**
 * Findings for the inspektorat: list with filters, one with its evidence and history, and the
 * follow-up actions ({@code tindak-lanjut}, {@code selesai}, {@code pengecualian}, {@code buka}).
 */
@RestController
@RequestMapping("/api/findings")
class FindingController {

    private final FindingService findings;

    FindingController(FindingService findings) {
        this.findings = findings;
    }

    @GetMapping
    FindingPage list(@RequestParam(required = false) String unit, @RequestParam(required = false) String sop,
            @RequestParam(required = false) String code, @RequestParam(required = false) String severity,
            @RequestParam(required = false) String status, @RequestParam(required = false) String period,
            @RequestParam(name = "case", required = false) String caseId,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
        FindingStatus wanted = null;
        if (status != null && !status.isBlank()) {
            try {
                wanted = FindingStatus.fromLabel(status);
            } catch (IllegalArgumentException e) {
                throw new FindingTransitionException(HttpStatus.BAD_REQUEST, "status \"" + status
                        + "\" tidak dikenal; pilih terbuka, ditindaklanjuti, selesai atau dikecualikan / unknown status");
            }
        }
        return findings.list(new FindingFilter(unit, sop, code, severity, wanted, period, null, caseId),
                CallerScope.current(), page, size);
    }

    @GetMapping("/{id}")
    FindingView one(@PathVariable String id) {
        return findings.find(id, CallerScope.current()).orElseThrow(() -> new FindingTransitionException(HttpStatus.NOT_FOUND,
                "Temuan " + id + " tidak ada / no finding " + id));
    }

    @PostMapping("/{id}/tindak-lanjut")
    FindingView followUp(@PathVariable String id, @RequestBody StatusChange change) {
        return change(id, FindingStatus.DITINDAKLANJUTI, change);
    }

    @PostMapping("/{id}/selesai")
    FindingView close(@PathVariable String id, @RequestBody StatusChange change) {
        return change(id, FindingStatus.SELESAI, change);
    }

    @PostMapping("/{id}/pengecualian")
    FindingView except(@PathVariable String id, @RequestBody StatusChange change) {
        return change(id, FindingStatus.DIKECUALIKAN, change);
    }

    @PostMapping("/{id}/buka")
    FindingView reopen(@PathVariable String id, @RequestBody StatusChange change) {
        return change(id, FindingStatus.TERBUKA, change);
    }

    /** The signed-in user is the actor; the request's actor counts only when security is off. */
    private FindingView change(String id, FindingStatus to, StatusChange change) {
        String signedIn = CallerScope.currentName();
        String actor = CallerScope.SYSTEM.equals(signedIn) ? change.actor() : signedIn;
        return findings.change(id, to, actor, change.note(), CallerScope.current());
    }

    /**
     * @param actor who acts; ignored when someone is signed in (then it is them)
     * @param note  what was done, or the justification of an exception
     */
    record StatusChange(String actor, String note) {
    }
}
