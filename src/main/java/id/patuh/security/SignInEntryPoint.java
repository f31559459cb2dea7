package id.patuh.security;

import java.io.IOException;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.authentication.www.BasicAuthenticationEntryPoint;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * HTTP Basic's answer to a refused sign-in: 429 with {@code Retry-After} while the name is locked,
 * else Basic's usual 401 with its {@code WWW-Authenticate} challenge.
 */
class SignInEntryPoint implements AuthenticationEntryPoint {

    private final BasicAuthenticationEntryPoint basic = new BasicAuthenticationEntryPoint();

    SignInEntryPoint() {
        basic.setRealmName("Realm"); // what HttpBasicConfigurer sets by default
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException refused)
            throws IOException {
        if (!(refused instanceof SignInLocked locked)) {
            basic.commence(request, response, refused);
            return;
        }
        response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
        response.setHeader("Retry-After", String.valueOf(locked.retryAfterSeconds()));
        response.setContentType("application/problem+json");
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write("{\"title\":\"Terlalu banyak percobaan masuk / too many sign-in attempts\","
                + "\"status\":429,\"detail\":\"Coba lagi nanti / try again later\"}");
    }
}
