package id.patuh.errors;

import java.io.IOException;
import java.io.UncheckedIOException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

import id.patuh.messages.Texts;
import id.patuh.store.StoreOutages;
import id.patuh.store.StoreProperties;

import jakarta.servlet.http.HttpServletResponse;

/**
 * The one place where an error becomes an answer. Spring MVC's own errors as Boot's problem
 * details handler answers them (this advice replaces it, being a
 * {@link ResponseEntityExceptionHandler}); a {@link DomainException} as a problem detail with its
 * title, message and fields; any failure caused by a store outage (as {@link StoreOutages} judges
 * it, for every endpoint) as 503 with {@code Retry-After}. A browser asking for a console or
 * report page gets the console's error page instead ({@link ErrorPages}). Anything else is left
 * to Boot's error handling: a 500 that says nothing about the internals.
 */
@RestControllerAdvice
class ProblemAdvice extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemAdvice.class);

    private final StoreProperties store;

    ProblemAdvice(StoreProperties store) {
        this.store = store;
    }

    @ExceptionHandler(DomainException.class)
    ResponseEntity<Object> refused(DomainException e, WebRequest request) {
        HttpStatus status = statusOf(e.refusal());
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, e.detail());
        problem.setTitle(e.title());
        e.properties().forEach(problem::setProperty);
        HttpHeaders headers = problemHeaders();
        if (e.refusal() == Refusal.UNAVAILABLE) {
            retryAfter(problem, headers);
        }
        request.setAttribute(ErrorPages.DETAIL, e.detail(), WebRequest.SCOPE_REQUEST);
        return handleExceptionInternal(e, problem, headers, status, request);
    }

    /** Any other failure: 503 when the store is away, else rethrown untouched to Boot's 500. */
    @ExceptionHandler(Exception.class)
    ResponseEntity<Object> outage(Exception e, WebRequest request) throws Exception {
        if (!StoreOutages.isOutage(e)) {
            throw e;
        }
        log.warn("Penyimpanan tidak dapat dihubungi / store unreachable: {}", e.toString());
        String detail = outageDetail(store);
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE, detail);
        problem.setTitle(Texts.current("errors.store.unavailable.title"));
        HttpHeaders headers = problemHeaders();
        retryAfter(problem, headers);
        request.setAttribute(ErrorPages.DETAIL, detail, WebRequest.SCOPE_REQUEST);
        return handleExceptionInternal(e, problem, headers, HttpStatus.SERVICE_UNAVAILABLE, request);
    }

    /**
     * Every answer of this advice passes here: a page request is sent to the error page (Boot's
     * {@code /error}, rendered by the console), anything else gets the problem detail as JSON.
     */
    @Override
    protected ResponseEntity<Object> handleExceptionInternal(Exception ex, Object body, HttpHeaders headers,
            HttpStatusCode statusCode, WebRequest request) {
        if (request instanceof ServletWebRequest servlet && ErrorPages.wanted(servlet.getRequest())) {
            HttpServletResponse response = servlet.getResponse();
            if (response != null && !response.isCommitted()) {
                headers.forEach((name, values) -> {
                    if (!HttpHeaders.CONTENT_TYPE.equalsIgnoreCase(name)) {
                        values.forEach(value -> response.addHeader(name, value));
                    }
                });
                try {
                    response.sendError(statusCode.value());
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                return null;
            }
        }
        return super.handleExceptionInternal(ex, body, headers, statusCode, request);
    }

    static String outageDetail(StoreProperties store) {
        return Texts.current("errors.store.unavailable.detail", store.retryAfterSeconds());
    }

    private static HttpHeaders problemHeaders() {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_PROBLEM_JSON);
        return headers;
    }

    private void retryAfter(ProblemDetail problem, HttpHeaders headers) {
        problem.setProperty("retry_after_seconds", store.retryAfterSeconds());
        headers.set(HttpHeaders.RETRY_AFTER, Long.toString(store.retryAfterSeconds()));
    }

    static HttpStatus statusOf(Refusal refusal) {
        return switch (refusal) {
            case INVALID -> HttpStatus.BAD_REQUEST;
            case FORBIDDEN -> HttpStatus.FORBIDDEN;
            case NOT_FOUND -> HttpStatus.NOT_FOUND;
            case CONFLICT -> HttpStatus.CONFLICT;
            case TOO_LARGE -> HttpStatus.PAYLOAD_TOO_LARGE;
            case UNSUPPORTED_TYPE -> HttpStatus.UNSUPPORTED_MEDIA_TYPE;
            case UNPROCESSABLE -> HttpStatus.UNPROCESSABLE_ENTITY;
            case UNAVAILABLE -> HttpStatus.SERVICE_UNAVAILABLE;
        };
    }
}
