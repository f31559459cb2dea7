package id.patuh.console;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

import id.patuh.evidence.Evidence;
import id.patuh.evidence.EvidenceRefused;
import id.patuh.evidence.EvidenceService;
import id.patuh.evidence.EvidenceTarget;
import id.patuh.cases.StoreKeys;
import id.patuh.messages.Texts;
import id.patuh.security.CallerScope;
import id.patuh.security.TenantScope;

/**
 * Evidence outside the step form (phone first): attach files to a step run already recorded, to
 * an indicator record, or to a finding's follow-up. Everything goes through the evidence façade,
 * which refuses a target that does not exist in the caller's units; the page says why.
 */
@Controller
@RequestMapping(EvidencePageController.PATH)
class EvidencePageController {

    /** Under the recording pages: the same people (OPERATOR, SEKCAM, ADMIN) attach evidence. */
    static final String PATH = "/console/catat/bukti";

    private final EvidenceService evidence;

    EvidencePageController(EvidenceService evidence) {
        this.evidence = evidence;
    }

    @GetMapping
    String page(@RequestParam(required = false) String target,
            @RequestParam(name = "target_id", required = false) String targetId,
            @RequestParam(required = false) String unit, @RequestParam(required = false) String kembali,
            Model model) {
        TenantScope scope = CallerScope.current();
        EvidenceTarget kind = EvidenceTarget.of(target).orElse(EvidenceTarget.EVENT);
        model.addAttribute("target", kind.label());
        model.addAttribute("targetId", targetId);
        model.addAttribute("unit", unit != null ? unit : scope.tenants().stream().findFirst().orElse(""));
        model.addAttribute("units", scope.all() ? List.of() : List.copyOf(scope.tenants()));
        model.addAttribute("kembali", safeReturn(kembali));
        model.addAttribute("files", existing(kind, targetId, unit, scope));
        return "console/evidence";
    }

    @PostMapping
    String attach(@RequestParam String target, @RequestParam(name = "target_id") String targetId,
            @RequestParam(required = false) String unit, @RequestParam(required = false) String kembali,
            @RequestParam(name = "berkas", required = false) List<MultipartFile> files, RedirectAttributes redirect) {
        TenantScope scope = CallerScope.current();
        EvidenceTarget kind = EvidenceTarget.of(target).orElse(EvidenceTarget.EVENT);
        List<String> kept = new ArrayList<>();
        FormNotice notice = null;
        for (MultipartFile file : files == null ? List.<MultipartFile>of() : files) {
            if (file.isEmpty()) {
                continue;
            }
            try {
                kept.add(evidence.store(unit, kind, targetId.strip(), file.getOriginalFilename(), file.getSize(),
                        file, scope, CallerScope.currentName()).id());
            } catch (EvidenceRefused e) {
                // one refusal stops the rest: the reason (a target that does not exist) is usually theirs too
                notice = FormNotice.error(Texts.current("console.evidence.refused", file.getOriginalFilename(),
                        e.detail()));
                break;
            }
        }
        redirect.addFlashAttribute("notice", notice != null ? notice : kept.isEmpty()
                ? FormNotice.error(Texts.current("console.evidence.noFile"))
                : FormNotice.ok(Texts.current("console.evidence.kept", kept.size(), String.join(", ", kept))));
        redirect.addFlashAttribute("kept", kept);
        return "redirect:" + UriComponentsBuilder.fromPath(PATH).queryParam("target", kind.label())
                .queryParam("target_id", targetId).queryParamIfPresent("unit", Optional.ofNullable(unit))
                .queryParamIfPresent("kembali", Optional.ofNullable(safeReturn(kembali)))
                .encode().build().toUriString();
    }

    /** The target's files the caller may see; none while no target is chosen. */
    private List<Evidence> existing(EvidenceTarget kind, String targetId, String unit, TenantScope scope) {
        if (targetId == null || targetId.isBlank()) {
            return List.of();
        }
        if (kind == EvidenceTarget.FINDING) {
            return evidence.ofFinding(targetId.strip(), scope);
        }
        return unit == null || unit.isBlank() ? List.of()
                : evidence.list(StoreKeys.tenantOf(unit), kind, targetId.strip(), scope);
    }

    /** Only a console page of this application: a link back must not lead anywhere else. */
    static String safeReturn(String kembali) {
        return kembali != null && kembali.startsWith("/console/") && !kembali.contains("//")
                && !kembali.contains("\\") ? kembali : null;
    }
}
