package id.patuh.report;

import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Service;

import id.patuh.catalog.CatalogService;
import id.patuh.findings.FindingFilter;
import id.patuh.findings.FindingOrder;
import id.patuh.findings.FindingService;
import id.patuh.security.TenantScope;

/**
 * The follow-up register (matriks temuan dan tindak lanjut): the findings list, any filter, as
 * XLSX, CSV or PDF for the audit report. Tenant-scoped like the list; in Bahasa Indonesia.
 */
@Service
public class FindingRegister {

    /** A register longer than this is cut (and says so): an audit report's matrix is never that long. */
    static final int MAX_ROWS = 20_000;

    private final FindingService findings;
    private final CatalogService catalog;

    FindingRegister(FindingService findings, CatalogService catalog) {
        this.findings = findings;
        this.catalog = catalog;
    }

    /** The register of the findings the caller may see that match {@code filter}, in {@code format}. */
    public ReportDocument export(FindingFilter filter, TenantScope scope, ReportFormat format) {
        List<RegisterRow> rows = new ArrayList<>();
        int[] seen = {0};
        findings.forEach(filter, scope, FindingOrder.SEVERITY, f -> {
            seen[0]++;
            if (rows.size() < MAX_ROWS) {
                rows.add(RegisterRow.of(rows.size() + 1, f, f.sopCode() == null ? java.util.Optional.empty()
                        : catalog.find(f.sopCode())));
            }
        });
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
                    "format register harus xlsx, csv atau pdf", "the register's format must be xlsx, csv or pdf");
        };
    }
}
