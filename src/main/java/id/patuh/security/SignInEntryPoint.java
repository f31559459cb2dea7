package id.patuh.security;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;

import com.fasterxml.jackson.databind.ObjectMapper;

import id.patuh.messages.Texts;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * HTTP Basic's answer to a refused sign-in, as a problem detail in the request's language: 429
 * with {@code Retry-After} while the name is locked, else 401 with Basic's {@code WWW-Authenticate}
 * challenge.
 *
 * <p>Answered here, in the security filter, and not by the problem advice: the refusal happens
 * before any controller, and the advice's refusals have no kind for 429 nor a Retry-After of their
 * own (it sets one only for a store outage). The body is built from the same bundle, in the
 * language {@code RequestLocaleFilter} chose before this filter ran.
 */
class SignInEntryPoint implements AuthenticationEntryPoint {

    /** What HttpBasicConfigurer sets by default. */
    private static final String CHALLENGE = "Basic realm=\"Realm\"";
    private static final ObjectMapper JSON = new ObjectMapper();

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException refused)
            throws IOException {
        if (refused instanceof SignInLocked locked) {
            long seconds = locked.retryAfterSeconds();
            response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(seconds));
            Map<String, Object> body = problem(HttpStatus.TOO_MANY_REQUESTS,
                    Texts.current("security.signin.locked.title"), Texts.current("security.signin.locked.detail", seconds));
            body.put("retry_after_seconds", seconds);
            write(response, HttpStatus.TOO_MANY_REQUESTS, body);
            return;
        }
        response.setHeader(HttpHeaders.WWW_AUTHENTICATE, CHALLENGE);
        write(response, HttpStatus.UNAUTHORIZED, problem(HttpStatus.UNAUTHORIZED,
                Texts.current("security.signin.required.title"), Texts.current("security.signin.required.detail")));
    }

    private static Map<String, Object> problem(HttpStatus status, String title, String detail) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("title", title);
        body.put("status", status.value());
        body.put("detail", detail);
        return body;
    }

    private static void write(HttpServletResponse response, HttpStatus status, Map<String, Object> body)
            throws IOException {
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write(JSON.writeValueAsString(body));
    }
}
