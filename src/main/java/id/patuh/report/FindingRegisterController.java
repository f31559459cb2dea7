package id.patuh.report;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import id.patuh.findings.FindingFilter;
import id.patuh.security.CallerScope;

/** {@code GET /api/findings/export}: the findings list, with the list's filters, as the register. */
@RestController
class FindingRegisterController {

    private final FindingRegister register;

    FindingRegisterController(FindingRegister register) {
        this.register = register;
    }

    @GetMapping("/api/findings/export")
    ResponseEntity<byte[]> export(@RequestParam(required = false) String format,
            @RequestParam(required = false) String unit, @RequestParam(required = false) String sop,
            @RequestParam(required = false) String code, @RequestParam(required = false) String severity,
            @RequestParam(required = false) String status, @RequestParam(required = false) String period,
            @RequestParam(name = "case", required = false) String caseId,
            @RequestParam(defaultValue = "false") boolean overdue) {
        FindingFilter filter = FindingFilter.ofRequest(unit, sop, code, severity, status, period, caseId, overdue);
        return download(register.export(filter, CallerScope.current(), ReportFormat.parse(
                format == null || format.isBlank() ? "xlsx" : format)));
    }

    /** Always a download: the register is saved and attached to the audit report. */
    static ResponseEntity<byte[]> download(ReportDocument document) {
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(document.mediaType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(document.fileName())
                        .build().toString()).body(document.body());
    }
}
