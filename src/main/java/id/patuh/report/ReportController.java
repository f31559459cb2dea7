package id.patuh.report;

import java.util.List;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;

import id.patuh.security.CallerScope;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The reports API ({@code /api/reports/...}, format by {@code format=} or Accept) and the human
 * pages the web console links to ({@code /reports/...}, always HTML). Missing or malformed
 * parameters are a 400 problem detail in Indonesian and English.
 */
@RestController
class ReportController {

    private final ReportService reports;

    ReportController(ReportService reports) {
        this.reports = reports;
    }

    @GetMapping("/api/reports/readiness")
    ResponseEntity<byte[]> readiness(@RequestParam(required = false) String unit,
            @RequestParam(required = false) String period, @RequestParam(required = false) String format,
            @RequestHeader(name = HttpHeaders.ACCEPT, required = false) String accept) {
        ReportFormat wanted = ReportFormat.negotiate(format, accepted(accept));
        return send(reports.render(reports.readiness(ReportUnit.parse(unit), ReportPeriod.parse(period),
                CallerScope.current()), wanted));
    }

    /**
     * {@code penilai} and {@code tanggal} are what the evaluator typed above the signature; without
     * them the signed-in INSPEKTORAT/EVALUATOR and the day the form is drawn up.
     */
    @GetMapping("/api/reports/monitoring")
    ResponseEntity<byte[]> monitoring(@RequestParam(required = false) String unit,
            @RequestParam(required = false) String half, @RequestParam(required = false) String format,
            @RequestParam(required = false) String penilai, @RequestParam(required = false) String tanggal,
            @RequestHeader(name = HttpHeaders.ACCEPT, required = false) String accept) {
        ReportFormat wanted = ReportFormat.negotiate(format, accepted(accept));
        MonitoringForm form = reports.monitoring(ReportUnit.parse(unit), ReportPeriod.parseHalf(half),
                CallerScope.current());
        Evaluator evaluator = Evaluator.of(penilai, tanggal, form.tanggalPenilaian());
        return send(reports.render(form.signedBy(evaluator.name(), evaluator.date()), wanted));
    }

    @GetMapping("/reports/readiness")
    ResponseEntity<byte[]> readinessPage(@RequestParam(required = false) String unit,
            @RequestParam(required = false) String period) {
        return readiness(unit, period, "html", null);
    }

    /** The page (and, for the page's download links under the browser session, its PDF/XLSX/CSV). */
    @GetMapping("/reports/monitoring")
    ResponseEntity<byte[]> monitoringPage(@RequestParam(required = false) String unit,
            @RequestParam(required = false) String half, @RequestParam(required = false) String format,
            @RequestParam(required = false) String penilai, @RequestParam(required = false) String tanggal) {
        return monitoring(unit, half, format == null || format.isBlank() ? "html" : format, penilai, tanggal, null);
    }

    /** An unparsable Accept header is treated as "anything", not as an error. */
    private static List<MediaType> accepted(String accept) {
        try {
            return accept == null ? List.of() : MediaType.parseMediaTypes(accept);
        } catch (IllegalArgumentException e) {
            return List.of();
        }
    }

    private static ResponseEntity<byte[]> send(ReportDocument document) {
        // spreadsheets are saved, not shown; HTML, PDF and JSON open in the browser
        boolean download = document.mediaType().startsWith("application/vnd")
                || document.mediaType().startsWith("text/csv");
        ContentDisposition disposition = (download ? ContentDisposition.attachment() : ContentDisposition.inline())
                .filename(document.fileName()).build();
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(document.mediaType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, disposition.toString()).body(document.body());
    }
}
