package id.patuh.security;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.AuthenticationEventPublisher;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.web.authentication.AuthenticationConverter;
import org.springframework.security.web.authentication.WebAuthenticationDetailsSource;
import org.springframework.security.web.authentication.www.BasicAuthenticationConverter;

import jakarta.servlet.http.HttpServletRequest;

/**
 * Reads an {@code Authorization} header only when it is exactly {@code Basic <base64>}.
 * Spring's own converter skips the one character after "Basic", whatever it is, so
 * {@code BasicX<base64>} would sign in; here any other header is refused (401, never a
 * sign-in), and when a user name can be read from it the refusal is published as a failed
 * sign-in of that name, so the {@link LoginThrottle} counts it like a wrong password.
 */
class StrictBasicAuthenticationConverter implements AuthenticationConverter {

    private static final Pattern WELL_FORMED = Pattern.compile("(?i)basic [A-Za-z0-9+/]+={0,2}");
    private static final String SCHEME = "basic";

    private final BasicAuthenticationConverter basic = new BasicAuthenticationConverter();
    private final WebAuthenticationDetailsSource details = new WebAuthenticationDetailsSource();
    private final AuthenticationEventPublisher events;

    StrictBasicAuthenticationConverter(AuthenticationEventPublisher events) {
        this.events = events;
    }

    @Override
    public UsernamePasswordAuthenticationToken convert(HttpServletRequest request) {
        String header = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (header == null || header.isBlank()) {
            return null;
        }
        String value = header.trim(); // as Spring's converter does
        if (WELL_FORMED.matcher(value).matches()) {
            return basic.convert(request);
        }
        BadCredentialsException refused = new BadCredentialsException("Malformed Authorization header");
        claimedName(value).ifPresent(name -> {
            UsernamePasswordAuthenticationToken attempt = UsernamePasswordAuthenticationToken.unauthenticated(name, "");
            attempt.setDetails(details.buildDetails(request));
            events.publishAuthenticationFailure(refused, attempt);
        });
        throw refused;
    }

    /**
     * The name a malformed Basic header carries: decoded as Spring's converter would (one
     * character skipped after "Basic") or with the scheme's missing or doubled space mended.
     */
    static Optional<String> claimedName(String value) {
        if (!value.regionMatches(true, 0, SCHEME, 0, SCHEME.length()) || value.length() <= SCHEME.length()) {
            return Optional.empty();
        }
        String rest = value.substring(SCHEME.length());
        List<String> candidates = new ArrayList<>(List.of(rest.substring(1), rest.strip()));
        // a client's base64 comes in whole groups of four: try the reading that gives one first
        candidates.sort(Comparator.comparing(c -> c.length() % 4 != 0));
        for (String candidate : candidates) {
            Optional<String> name = nameIn(candidate);
            if (name.isPresent()) {
                return name;
            }
        }
        return Optional.empty();
    }

    private static Optional<String> nameIn(String base64) {
        try {
            String decoded = new String(Base64.getDecoder().decode(base64), StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            boolean text = !decoded.contains("\uFFFD");
            return colon > 0 && text ? Optional.of(decoded.substring(0, colon)) : Optional.empty();
        } catch (IllegalArgumentException notBase64) {
            return Optional.empty();
        }
    }
}
