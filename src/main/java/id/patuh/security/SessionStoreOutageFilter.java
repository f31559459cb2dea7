package id.patuh.security;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

import id.patuh.store.StoreOutages;
import id.patuh.store.StoreProperties;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Console sessions are read from and written to the store around every console request, before
 * and after any controller: when the store is unreachable there, the answer is 503 with
 * {@code Retry-After}, as for every other request that meets an outage, not a 500. Placed in
 * front of Spring Session's filter.
 */
class SessionStoreOutageFilter extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(SessionStoreOutageFilter.class);

    private final StoreProperties store;

    SessionStoreOutageFilter(StoreProperties store) {
        this.store = store;
    }

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
            response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
            response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(store.retryAfterSeconds()));
            response.setContentType("text/plain;charset=UTF-8");
            response.getOutputStream().write(("Penyimpanan data sedang tidak dapat dihubungi; coba lagi setelah "
                    + store.retryAfterSeconds() + " detik / the data store is unreachable; try again after "
                    + store.retryAfterSeconds() + " s\n").getBytes(StandardCharsets.UTF_8));
        }
    }
}
