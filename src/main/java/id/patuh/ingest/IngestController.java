package id.patuh.ingest;

import java.io.IOException;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

import id.patuh.cases.DataKind;
import id.patuh.security.CallerScope;
import id.patuh.store.StoreProperties;
import jakarta.servlet.http.HttpServletRequest;

/**
 * {@code POST /api/activities|indicators|requests}: the body is streamed straight from the
 * request (never read whole), in the format its Content-Type names.
 */
@RestController
class IngestController {

    private final IngestService ingest;
    private final StoreProperties store;

    IngestController(IngestService ingest, StoreProperties store) {
        this.ingest = ingest;
        this.store = store;
    }

    @PostMapping("/api/activities")
    ResponseEntity<?> activities(HttpServletRequest request,
            @RequestHeader(value = "Content-Type", required = false) String contentType) throws IOException {
        return handle(DataKind.ACTIVITIES, request, contentType);
    }

    @PostMapping("/api/indicators")
    ResponseEntity<?> indicators(HttpServletRequest request,
            @RequestHeader(value = "Content-Type", required = false) String contentType) throws IOException {
        return handle(DataKind.INDICATORS, request, contentType);
    }

    @PostMapping("/api/requests")
    ResponseEntity<?> requests(HttpServletRequest request,
            @RequestHeader(value = "Content-Type", required = false) String contentType) throws IOException {
        return handle(DataKind.REQUESTS, request, contentType);
    }

    /** The caller's recent imports with their row errors (everyone's for an all-tenant caller). */
    @org.springframework.web.bind.annotation.GetMapping("/api/imports")
    java.util.List<ImportRecord> imports(
            @org.springframework.web.bind.annotation.RequestParam(defaultValue = "20") int limit) {
        return ingest.recentImports(CallerScope.current(), limit);
    }

    private ResponseEntity<?> handle(DataKind kind, HttpServletRequest request, String contentType)
            throws IOException {
        InputFormat format = IngestMediaTypes.formatOf(contentType);
        if (format == null || (format == InputFormat.XES && kind != DataKind.ACTIVITIES)) {
            return problem(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "Jenis isi tidak didukung: " + contentType
                    + ". Gunakan " + IngestMediaTypes.supported(kind) + " / unsupported Content-Type");
        }
        long maxBytes = ingest.limits().maxRequestSize().toBytes();
        if (request.getContentLengthLong() > maxBytes) {
            return problem(HttpStatus.PAYLOAD_TOO_LARGE, "Isi permintaan " + request.getContentLengthLong()
                    + " byte melebihi batas " + maxBytes + " byte; tidak ada yang disimpan. Pecah berkas menjadi "
                    + "beberapa bagian / request body exceeds the limit; nothing was stored");
        }
        IngestReport report = ingest.ingestRequest(kind, format, request.getInputStream(), request.getRequestURI(),
                CallerScope.current());
        HttpStatus status = report.stoppedEarly() ? HttpStatus.PAYLOAD_TOO_LARGE : HttpStatus.OK;
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_JSON).body(report);
    }

    /**
     * The store went away mid-import: 503 with {@code Retry-After}, and exactly what was stored
     * (counts and row errors through {@code through_line}), so the client knows what the store
     * acknowledged. Sending the same body again is the way to finish the import.
     */
    @ExceptionHandler(IngestInterrupted.class)
    ResponseEntity<ProblemDetail> storeUnavailable(IngestInterrupted e) {
        IngestReport stored = e.stored();
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE, e.getMessage());
        problem.setTitle("Penyimpanan tidak tersedia / store unavailable");
        problem.setProperty("through_line", e.throughLine());
        problem.setProperty("accepted", stored.accepted());
        problem.setProperty("updated", stored.updated());
        problem.setProperty("duplicates", stored.duplicates());
        problem.setProperty("rejected", stored.rejected());
        problem.setProperty("errors", stored.errors());
        problem.setProperty("retry_after_seconds", store.retryAfterSeconds());
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                .header(HttpHeaders.RETRY_AFTER, Long.toString(store.retryAfterSeconds()))
                .contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    private static ResponseEntity<ProblemDetail> problem(HttpStatus status, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }
}
