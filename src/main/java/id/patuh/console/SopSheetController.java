package id.patuh.console;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

import id.patuh.catalog.CatalogService;
import id.patuh.catalog.Sop;
import id.patuh.catalog.SopVersions;
import id.patuh.messages.Texts;
import id.patuh.security.CallerScope;
import id.patuh.security.TenantScope;

/**
 * The SOP pages: the catalog list, and each SOP drawn as its official sheet with the evidence
 * of one unit the caller may read. The sheet itself is the catalog's and open to every signed-in
 * user; the evidence is tenant-scoped.
 */
@Controller
class SopSheetController {

    private static final ZoneId WIB = ZoneId.of("Asia/Jakarta");

    private final CatalogService catalog;
    private final SopEvidence evidence;

    SopSheetController(CatalogService catalog, SopEvidence evidence) {
        this.catalog = catalog;
        this.evidence = evidence;
    }

    @GetMapping("/console/sops")
    String list(Model model) {
        model.addAttribute("sops", catalog.sops().stream().map(SopListing::of).toList());
        return "console/sops";
    }

    /** {@code ?versi=<tanggal_efektif>} shows that version of the SOP; without it, the current one. */
    @GetMapping("/console/sops/{code}")
    String sheet(@PathVariable String code, @RequestParam(required = false) String unit,
            @RequestParam(required = false) String period, @RequestParam(required = false) String versi,
            Model model) {
        SopVersions versions = catalog.catalog().versions(code)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        Sop sop = versi == null || versi.isBlank() ? versions.current() : versions.version(versi.strip())
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        model.addAttribute("versions", SopVersionLink.of(versions, sop));
        model.addAttribute("versi", versi == null || versi.isBlank() ? null : sop.tanggalEfektif());
        TenantScope scope = CallerScope.current();
        List<String> units = unitChoices(sop, scope, unit);
        String chosen = unit == null || unit.isBlank() ? defaultUnit(sop, units) : unit.strip();
        if (chosen != null && (!chosen.matches("[a-z0-9-]+") || !scope.allows(chosen))) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN);
        }
        SopPeriod span = SopPeriod.currentYear(WIB);
        String problem = null;
        if (period != null && !period.isBlank()) {
            Optional<SopPeriod> asked = SopPeriod.parse(period);
            problem = asked.isPresent() ? null : Texts.current("console.sopsheet.badPeriod", period, span.label());
            span = asked.orElse(span);
        }
        Map<Integer, SopStepEvidence> steps = chosen == null ? Map.of()
                : evidence.of(sop, chosen, span, Instant.now());
        model.addAttribute("sheet", SopSheet.of(sop, steps, chosen, units, span, problem,
                ConsoleCaller.current().readsData()));
        return "console/sop-sheet";
    }

    /** The caller's tenants; for an all-tenant caller, the units that run this SOP. */
    private static List<String> unitChoices(Sop sop, TenantScope scope, String asked) {
        TreeSet<String> units = new TreeSet<>(scope.all() ? sop.units() : scope.tenants());
        if (scope.all() && asked != null && asked.matches("[a-z0-9-]+")) {
            units.add(asked);
        }
        return new ArrayList<>(units);
    }

    /** A unit of the caller's that runs this SOP, else the caller's first. */
    private static String defaultUnit(Sop sop, List<String> units) {
        return units.stream().filter(sop.units()::contains).findFirst()
                .orElse(units.isEmpty() ? null : units.get(0));
    }
}
