package id.patuh.errors;

import java.io.IOException;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

import id.patuh.store.StoreOutages;
import id.patuh.store.StoreProperties;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * A store outage thrown where no advice sees it (a servlet filter, a view being rendered) reaches
 * the container's error dispatch as a 500: this filter, on that dispatch only, makes it the same
 * 503 with {@code Retry-After} that {@link ProblemAdvice} gives, before Boot's {@code /error}
 * writes the answer (JSON, or the console's page for a browser).
 */
class OutageErrorDispatch extends OncePerRequestFilter {

    private final StoreProperties store;

    OutageErrorDispatch(StoreProperties store) {
        this.store = store;
    }

    @Override
    protected boolean shouldNotFilterErrorDispatch() {
        return false;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return request.getDispatcherType() != DispatcherType.ERROR;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (request.getAttribute(RequestDispatcher.ERROR_EXCEPTION) instanceof Throwable failure
                && StoreOutages.isOutage(failure)) {
            request.setAttribute(RequestDispatcher.ERROR_STATUS_CODE, HttpStatus.SERVICE_UNAVAILABLE.value());
            request.setAttribute(ErrorPages.DETAIL, ProblemAdvice.outageDetail(store));
            response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
            response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(store.retryAfterSeconds()));
        }
        chain.doFilter(request, response);
    }
}
