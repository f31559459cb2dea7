package id.patuh.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import com.mongodb.MongoTimeoutException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.RequestDispatcher;

/**
 * A store outage met while the console's session is read or written is handed to the error
 * dispatch as a 503 (the error model writes the answer and its Retry-After), anything else passes.
 */
class SessionStoreOutageFilterTests {

    private final SessionStoreOutageFilter filter = new SessionStoreOutageFilter();

    @Test
    void aSessionTheStoreCannotServeGoesToTheErrorDispatchAs503() throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/console");
        MockHttpServletResponse response = new MockHttpServletResponse();
        MongoTimeoutException outage = new MongoTimeoutException("Timed out while waiting for a server");
        FilterChain sessionLoad = (req, res) -> {
            throw outage;
        };

        filter.doFilter(request, response, sessionLoad);

        assertThat(response.getStatus()).isEqualTo(503);
        assertThat(response.isCommitted()).as("sendError hands the answer to the error dispatch").isTrue();
        assertThat(request.getAttribute(RequestDispatcher.ERROR_EXCEPTION))
                .as("what errors.OutageErrorDispatch recognises").isSameAs(outage);
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
