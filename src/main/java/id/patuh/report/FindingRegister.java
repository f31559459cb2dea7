package id.patuh.report;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;

import id.patuh.catalog.CatalogService;
import id.patuh.evidence.Evidence;
import id.patuh.evidence.EvidenceService;
import id.patuh.evidence.EvidenceTarget;
import id.patuh.findings.FindingFilter;
import id.patuh.findings.FindingOrder;
import id.patuh.findings.FindingService;
import id.patuh.findings.FindingView;
import id.patuh.messages.Text;
import id.patuh.security.TenantScope;

/**
 * The follow-up register (matriks temuan dan tindak lanjut): the findings list, any filter, as
 * XLSX, CSV or PDF for the audit report. Tenant-scoped like the list; in Bahasa Indonesia.
 */
@Service
@NamedInterface("api")
public class FindingRegister {

    /** A register longer than this is cut (and says so): an audit report's matrix is never that long. */
    static final int MAX_ROWS = 20_000;

    private final FindingService findings;
    private final CatalogService catalog;
    private final EvidenceService files;

    FindingRegister(FindingService findings, CatalogService catalog, EvidenceService files) {
        this.findings = findings;
        this.catalog = catalog;
        this.files = files;
    }

    /** The register of the findings the caller may see that match {@code filter}, in {@code format}. */
    public ReportDocument export(FindingFilter filter, TenantScope scope, ReportFormat format) {
        List<FindingView> kept = new ArrayList<>();
        int[] seen = {0};
        findings.forEach(filter, scope, FindingOrder.SEVERITY, f -> {
            seen[0]++;
            if (kept.size() < MAX_ROWS) {
                kept.add(f);
            }
        });
        Map<String, List<String>> attached = filesOf(kept);
        List<RegisterRow> rows = new ArrayList<>();
        for (FindingView f : kept) {
            List<String> ids = new ArrayList<>(attached.getOrDefault(key(f.unit(), f.id()), List.of()));
            f.evidence().forEach(e -> ids.addAll(attached.getOrDefault(key(f.unit(), e), List.of())));
            rows.add(RegisterRow.of(rows.size() + 1, f, f.sopCode() == null ? Optional.empty()
                    : catalog.find(f.sopCode()), ids.stream().distinct().toList()));
        }
        String title = "Register Tindak Lanjut Temuan per " + findings.today();
        String note = rows.size() + " temuan" + (seen[0] > rows.size() ? " (dipotong dari " + seen[0] + ")" : "")
                + ". Status tindak lanjut: belum_ditindaklanjuti, dalam_proses, sesuai, tidak_dapat_ditindaklanjuti;"
                + " kondisi tidak_berlaku = kondisinya sudah berhenti menurut data.";
        String name = "register-tindak-lanjut-" + findings.today() + "." + format.extension();
        return switch (format) {
            case XLSX -> new ReportDocument(RegisterFiles.xlsx(title, rows, note), format.mediaType(), name);
            case CSV -> new ReportDocument(RegisterFiles.csv(rows), format.mediaType(), name);
            case PDF -> new ReportDocument(RegisterFiles.pdf(title, rows, note), format.mediaType(), name);
            default -> throw new ReportParameterException("format", format.extension(),
                    new Text("report.parameter.registerFormat"));
        };
    }

    /**
     * The evidence files of the follow-ups and of the findings' evidence rows, by tenant and target
     * id, in one query for the whole register; a sender's id is only its own tenant's.
     */
    private Map<String, List<String>> filesOf(List<FindingView> kept) {
        Map<String, Set<String>> targets = new HashMap<>();
        for (FindingView f : kept) {
            Set<String> ids = targets.computeIfAbsent(tenant(f.unit()), t -> new HashSet<>());
            ids.add(f.id());
            ids.addAll(f.evidence());
        }
        Map<String, List<String>> attached = new HashMap<>();
        for (Evidence e : files.ofTargets(targets, List.of(EvidenceTarget.FINDING, EvidenceTarget.EVENT,
                EvidenceTarget.RECORD))) {
            attached.computeIfAbsent(key(e.unit(), e.targetId()), k -> new ArrayList<>()).add(e.id());
        }
        return attached;
    }

    private static String key(String unit, String targetId) {
        return tenant(unit) + "\u0000" + targetId;
    }

    private static String tenant(String unit) {
        int slash = unit.indexOf('/');
        return slash < 0 ? unit : unit.substring(0, slash);
    }
}
