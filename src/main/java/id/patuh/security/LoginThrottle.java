package id.patuh.security;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Base64;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Slows down password guessing: after {@code attempts} failed sign-ins of one user from one
 * address within the window, further tries get 429 (the sign-in form: a "locked" notice) until
 * the window has passed.
 */
class LoginThrottle extends OncePerRequestFilter {

    private static final int MAX_TRACKED = 100_000;

    private final int attempts;
    private final long windowNanos;
    private final Map<String, Deque<Long>> failures = new ConcurrentHashMap<>();

    LoginThrottle(int attempts, Duration window) {
        this.attempts = attempts;
        this.windowNanos = window.toNanos();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        boolean form = isFormSignIn(request);
        String user = form ? request.getParameter("username") : basicUser(request.getHeader("Authorization"));
        if (user == null) {
            chain.doFilter(request, response);
            return;
        }
        String key = request.getRemoteAddr() + "|" + user;
        if (blocked(key) && form) {
            response.sendRedirect(request.getContextPath() + "/login?terkunci");
            return;
        }
        if (blocked(key)) {
            response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
            response.setHeader("Retry-After", String.valueOf(Duration.ofNanos(windowNanos).toSeconds()));
            response.setContentType("application/problem+json");
            response.getWriter().write("{\"title\":\"Terlalu banyak percobaan masuk / too many sign-in attempts\","
                    + "\"status\":429,\"detail\":\"Coba lagi nanti / try again later\"}");
            return;
        }
        chain.doFilter(request, response);
        if (failed(form, response)) {
            recordFailure(key);
        } else if (response.getStatus() < 400) {
            failures.remove(key);
        }
    }

    private static boolean isFormSignIn(HttpServletRequest request) {
        return "POST".equals(request.getMethod()) && "/login".equals(request.getServletPath());
    }

    /** A failed form sign-in is a redirect back to the form with {@code ?gagal}. */
    private static boolean failed(boolean form, HttpServletResponse response) {
        if (!form) {
            return response.getStatus() == HttpStatus.UNAUTHORIZED.value();
        }
        String location = response.getHeader("Location");
        return location != null && location.contains("/login?gagal");
    }

    private boolean blocked(String key) {
        Deque<Long> times = failures.get(key);
        if (times == null) {
            return false;
        }
        synchronized (times) {
            long now = System.nanoTime();
            while (!times.isEmpty() && now - times.peekFirst() > windowNanos) {
                times.pollFirst();
            }
            return times.size() >= attempts;
        }
    }

    private void recordFailure(String key) {
        if (failures.size() > MAX_TRACKED) {
            failures.clear(); // a flood of names: forget rather than grow without bound
        }
        Deque<Long> times = failures.computeIfAbsent(key, k -> new ArrayDeque<>());
        synchronized (times) {
            times.addLast(System.nanoTime());
        }
    }

    private static String basicUser(String header) {
        if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
            return null;
        }
        try {
            String decoded = new String(Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            return colon < 0 ? decoded : decoded.substring(0, colon);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
