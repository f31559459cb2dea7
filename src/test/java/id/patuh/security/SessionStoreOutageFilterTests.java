package id.patuh.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import com.mongodb.MongoTimeoutException;

import id.patuh.store.StoreProperties;

import jakarta.servlet.FilterChain;

/** A store outage met while the console's session is read or written answers 503, anything else passes. */
class SessionStoreOutageFilterTests {

    private final SessionStoreOutageFilter filter = new SessionStoreOutageFilter(new StoreProperties(
            StoreProperties.EmbeddedBackend.MEMORY, Path.of("unused"), "127.0.0.1", 0, "patuh",
            Duration.ofSeconds(10), Duration.ofSeconds(5), Duration.ofSeconds(60), Duration.ofSeconds(7)));

    @Test
    void aSessionTheStoreCannotServeAnswers503WithRetryAfter() throws Exception {
        MockHttpServletResponse response = new MockHttpServletResponse();
        FilterChain sessionLoad = (req, res) -> {
            throw new MongoTimeoutException("Timed out while waiting for a server");
        };

        filter.doFilter(new MockHttpServletRequest("GET", "/console"), response, sessionLoad);

        assertThat(response.getStatus()).isEqualTo(503);
        assertThat(response.getHeader("Retry-After")).isEqualTo("7");
        assertThat(response.getContentAsString()).contains("tidak dapat dihubungi").contains("unreachable");
    }

    @Test
    void otherFailuresAndGoodRequestsPassUntouched() throws Exception {
        FilterChain broken = (req, res) -> {
            throw new IllegalStateException("a bug");
        };
        assertThatThrownBy(() -> filter.doFilter(new MockHttpServletRequest("GET", "/console"),
                new MockHttpServletResponse(), broken)).isInstanceOf(IllegalStateException.class);

        MockHttpServletResponse fine = new MockHttpServletResponse();
        filter.doFilter(new MockHttpServletRequest("GET", "/console"), fine,
                (req, res) -> ((jakarta.servlet.http.HttpServletResponse) res).setStatus(204));
        assertThat(fine.getStatus()).isEqualTo(204);
    }
}
