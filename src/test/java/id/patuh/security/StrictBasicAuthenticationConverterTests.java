package id.patuh.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.authentication.AuthenticationEventPublisher;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;

/** Which Authorization headers are read, which are refused, and which refusals count for whom. */
class StrictBasicAuthenticationConverterTests {

    private static final String TOKEN = Base64.getEncoder().encodeToString("inspektur:rahasia"
            .getBytes(StandardCharsets.UTF_8));

    private final List<String> failedNames = new ArrayList<>();
    private final StrictBasicAuthenticationConverter converter = new StrictBasicAuthenticationConverter(
            new AuthenticationEventPublisher() {
                @Override
                public void publishAuthenticationSuccess(Authentication authentication) {
                    throw new AssertionError("a malformed header never succeeds");
                }

                @Override
                public void publishAuthenticationFailure(AuthenticationException e, Authentication attempt) {
                    failedNames.add(attempt.getName());
                }
            });

    @Test
    void readsAWellFormedBasicHeaderInAnyCaseOfTheScheme() {
        assertThat(converter.convert(request("Basic " + TOKEN)).getName()).isEqualTo("inspektur");
        assertThat(converter.convert(request("basic " + TOKEN)).getCredentials()).isEqualTo("rahasia");
        assertThat(converter.convert(request(null))).isNull();
        assertThat(failedNames).isEmpty();
    }

    @Test
    void refusesAndCountsAMalformedSchemeThatCarriesAName() {
        for (String header : List.of("BasicX" + TOKEN, "Basic" + TOKEN, "Basic  " + TOKEN, "BASIC\t" + TOKEN)) {
            assertThatThrownBy(() -> converter.convert(request(header))).as(header)
                    .isInstanceOf(BadCredentialsException.class);
        }
        assertThat(failedNames).containsExactly("inspektur", "inspektur", "inspektur", "inspektur");
    }

    @Test
    void refusesWithoutCountingAHeaderWithoutAReadableName() {
        for (String header : List.of("Basic", "Bearer " + TOKEN, "sampah", "Basic " + TOKEN + "!",
                "BasicX" + Base64.getEncoder().encodeToString("tanpa-titik-dua".getBytes(StandardCharsets.UTF_8)))) {
            assertThatThrownBy(() -> converter.convert(request(header))).as(header)
                    .isInstanceOf(BadCredentialsException.class);
        }
        assertThat(failedNames).isEmpty();
    }

    private static MockHttpServletRequest request(String authorization) {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/api/sops");
        if (authorization != null) {
            request.addHeader("Authorization", authorization);
        }
        return request;
    }
}
