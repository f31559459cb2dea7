package id.patuh.ingest;

import java.io.IOException;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

import id.patuh.cases.DataKind;
import id.patuh.security.CallerScope;
import jakarta.servlet.http.HttpServletRequest;

/**
 * {@code POST /api/activities|indicators|requests}: the body is streamed straight from the
 * request (never read whole), in the format its Content-Type names.
 */
@RestController
class IngestController {

    private final IngestService ingest;

    IngestController(IngestService ingest) {
        this.ingest = ingest;
    }

    @PostMapping("/api/activities")
    ResponseEntity<IngestReport> activities(HttpServletRequest request,
            @RequestHeader(value = "Content-Type", required = false) String contentType) throws IOException {
        return handle(DataKind.ACTIVITIES, request, contentType);
    }

    @PostMapping("/api/indicators")
    ResponseEntity<IngestReport> indicators(HttpServletRequest request,
            @RequestHeader(value = "Content-Type", required = false) String contentType) throws IOException {
        return handle(DataKind.INDICATORS, request, contentType);
    }

    @PostMapping("/api/requests")
    ResponseEntity<IngestReport> requests(HttpServletRequest request,
            @RequestHeader(value = "Content-Type", required = false) String contentType) throws IOException {
        return handle(DataKind.REQUESTS, request, contentType);
    }

    /** The caller's recent imports with their row errors (everyone's for an all-tenant caller). */
    @org.springframework.web.bind.annotation.GetMapping("/api/imports")
    java.util.List<ImportRecord> imports(
            @org.springframework.web.bind.annotation.RequestParam(defaultValue = "20") int limit) {
        return ingest.recentImports(CallerScope.current(), limit);
    }

    private ResponseEntity<IngestReport> handle(DataKind kind, HttpServletRequest request, String contentType)
            throws IOException {
        InputFormat format = IngestMediaTypes.formatOf(contentType);
        if (format == null || (format == InputFormat.XES && kind != DataKind.ACTIVITIES)) {
            throw IngestRefused.unsupported(contentType, kind);
        }
        long maxBytes = ingest.limits().maxRequestSize().toBytes();
        if (request.getContentLengthLong() > maxBytes) {
            throw IngestRefused.tooLarge(request.getContentLengthLong(), maxBytes);
        }
        IngestReport report = ingest.ingestRequest(kind, format, request.getInputStream(), request.getRequestURI(),
                CallerScope.current());
        HttpStatus status = report.stoppedEarly() ? HttpStatus.PAYLOAD_TOO_LARGE : HttpStatus.OK;
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_JSON).body(report);
    }
}
