package id.patuh.findings;

import java.time.LocalDate;
import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

import id.patuh.errors.Refusal;
import id.patuh.messages.Text;
import id.patuh.security.CallerScope;

/**
 * Findings for the inspektorat and the units: list with filters, one with its evidence and
 * history, and the follow-up steps ({@code rekomendasi}, {@code tindak-lanjut}, {@code sesuai},
 * {@code tidak-dapat-ditindaklanjuti}, {@code pengecualian}, {@code buka}). Which role may take
 * which step is in the security rules; the tenant scope is applied here.
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
            @RequestParam(defaultValue = "false") boolean overdue,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
        return findings.list(filter(unit, sop, code, severity, status, period, caseId, overdue),
                CallerScope.current(), page, size);
    }

    /** The list's filters as the API takes them (the register export takes the same). */
    static FindingFilter filter(String unit, String sop, String code, String severity, String status, String period,
            String caseId, boolean overdue) {
        return FindingFilter.ofRequest(unit, sop, code, severity, status, period, caseId, overdue);
    }

    @GetMapping("/{id}")
    FindingView one(@PathVariable String id) {
        return findings.find(id, CallerScope.current()).orElseThrow(() -> FindingTransitionException.notFound(id));
    }

    @PostMapping("/{id}/rekomendasi")
    FindingView recommend(@PathVariable String id, @RequestBody RecommendationRequest request) {
        return findings.recommend(List.of(id), request.recommendation(), actor(request.actor()),
                CallerScope.current()).get(0);
    }

    /**
     * Several findings under one recommendation: the listed {@code ids}, or, without ids, every
     * {@code terbuka} finding of the list's filters (at least one filter is required).
     */
    @PostMapping("/rekomendasi")
    List<FindingView> recommendMany(@RequestBody RecommendationRequest request,
            @RequestParam(required = false) String unit, @RequestParam(required = false) String sop,
            @RequestParam(required = false) String code, @RequestParam(required = false) String severity,
            @RequestParam(required = false) String period,
            @RequestParam(name = "case", required = false) String caseId) {
        if (request.ids() != null && !request.ids().isEmpty()) {
            return findings.recommend(request.ids(), request.recommendation(), actor(request.actor()),
                    CallerScope.current());
        }
        FindingFilter filter = filter(unit, sop, code, severity, null, period, caseId, false);
        if (!filter.narrows()) {
            throw new FindingTransitionException(Refusal.INVALID, new Text("findings.refused.noFilter"));
        }
        return findings.recommendMatching(filter, request.recommendation(), actor(request.actor()),
                CallerScope.current());
    }

    @PostMapping("/{id}/tindak-lanjut")
    FindingView report(@PathVariable String id, @RequestBody StepRequest request) {
        return step(id, FollowUpStep.TINDAK_LANJUT, request);
    }

    @PostMapping("/{id}/sesuai")
    FindingView accept(@PathVariable String id, @RequestBody StepRequest request) {
        return step(id, FollowUpStep.SESUAI, request);
    }

    @PostMapping("/{id}/tidak-dapat-ditindaklanjuti")
    FindingView cannot(@PathVariable String id, @RequestBody StepRequest request) {
        return step(id, FollowUpStep.TIDAK_DAPAT_DITINDAKLANJUTI, request);
    }

    @PostMapping("/{id}/pengecualian")
    FindingView except(@PathVariable String id, @RequestBody StepRequest request) {
        return step(id, FollowUpStep.PENGECUALIAN, request);
    }

    @PostMapping("/{id}/buka")
    FindingView reopen(@PathVariable String id, @RequestBody StepRequest request) {
        return step(id, FollowUpStep.BUKA, request);
    }

    private FindingView step(String id, FollowUpStep step, StepRequest request) {
        return findings.step(id, step, actor(request.actor()), request.note(), request.bukti(), CallerScope.current());
    }

    /** The signed-in user is the actor; the request's actor counts only when security is off. */
    private static String actor(String requested) {
        String signedIn = CallerScope.currentName();
        return CallerScope.SYSTEM.equals(signedIn) ? requested : signedIn;
    }

    /**
     * @param actor who acts; ignored when someone is signed in (then it is them)
     * @param note  what the unit did, the auditor's note, or the reason / justification
     * @param bukti ids of evidence the unit attaches to its report (the attachments are stored elsewhere)
     */
    record StepRequest(String actor, String note, List<String> bukti) {
    }

    /** A recommendation, for one finding (the path's) or several ({@code ids}). */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record RecommendationRequest(String actor, String rekomendasi, String penanggungJawab, LocalDate batasWaktu,
            String sebab, List<String> ids) {

        Recommendation recommendation() {
            return new Recommendation(rekomendasi, penanggungJawab, batasWaktu, sebab);
        }
    }
}
