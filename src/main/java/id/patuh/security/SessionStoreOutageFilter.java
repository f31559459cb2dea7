package id.patuh.security;

import java.io.IOException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

import id.patuh.store.StoreOutages;

import jakarta.servlet.FilterChain;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Console sessions are read from and written to the store around every console request, before
 * and after any controller: when the store is unreachable there, the request is handed to the
 * container's error dispatch as a 503, where the error model answers it like every other outage
 * ({@code Retry-After}; problem JSON, or the console's page for a browser: see
 * {@code errors.OutageErrorDispatch}), not as a 500. Placed in front of Spring Session's filter.
 */
class SessionStoreOutageFilter extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(SessionStoreOutageFilter.class);

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            chain.doFilter(request, response);
        } catch (RuntimeException | ServletException e) {
            if (!StoreOutages.isOutage(e) || response.isCommitted()) {
                throw e;
            }
            log.warn("Penyimpanan tidak dapat dihubungi saat membaca sesi / store unreachable for the session: {}",
                    e.toString());
            response.reset();
            request.setAttribute(RequestDispatcher.ERROR_EXCEPTION, e);
            response.sendError(HttpStatus.SERVICE_UNAVAILABLE.value());
        }
    }
}
