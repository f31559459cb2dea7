package id.patuh.failfast;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.core.Ordered;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import jakarta.servlet.ServletException;

class OutOfMemoryExitTests {

    private final List<Integer> halts = new ArrayList<>();
    private final OutOfMemoryExit exit = new OutOfMemoryExit(halts::add);

    @Test
    void haltsOnOutOfMemoryAndOnAnythingItCaused() {
        exit.haltIfOutOfMemory(new OutOfMemoryError("Java heap space"));
        exit.haltIfOutOfMemory(new ServletException("Handler dispatch failed", new OutOfMemoryError()));

        assertThat(halts).containsExactly(OutOfMemoryExit.EXIT_CODE, OutOfMemoryExit.EXIT_CODE);
    }

    @Test
    void leavesOtherErrorsAlone() {
        exit.haltIfOutOfMemory(new IllegalStateException("not memory"));
        exit.haltIfOutOfMemory(new StackOverflowError());

        assertThat(halts).isEmpty();
    }

    @Test
    void theDefaultHandlerHandsOtherDeathsToThePreviousOne() {
        List<Throwable> previous = new ArrayList<>();
        OutOfMemoryExit.HaltingHandler handler = new OutOfMemoryExit.HaltingHandler(exit,
                (thread, error) -> previous.add(error));

        IllegalStateException other = new IllegalStateException("other");
        handler.uncaughtException(Thread.currentThread(), other);
        assertThat(halts).isEmpty();
        assertThat(previous).containsExactly(other);

        handler.uncaughtException(Thread.currentThread(), new OutOfMemoryError());
        assertThat(halts).containsExactly(OutOfMemoryExit.EXIT_CODE);
    }

    @Test
    void theResolverComesFirstAndHaltsOnAWrappedOutOfMemoryError() {
        FailFastConfiguration.OutOfMemoryResolver resolver = new FailFastConfiguration.OutOfMemoryResolver(exit);

        assertThat(resolver.getOrder()).isEqualTo(Ordered.HIGHEST_PRECEDENCE);
        assertThat(resolver.resolveException(new MockHttpServletRequest(), new MockHttpServletResponse(), null,
                new IllegalArgumentException())).isNull();
        assertThat(halts).isEmpty();
        resolver.resolveException(new MockHttpServletRequest(), new MockHttpServletResponse(), null,
                new ServletException("Handler dispatch failed", new OutOfMemoryError()));
        assertThat(halts).containsExactly(OutOfMemoryExit.EXIT_CODE);
    }

    @Test
    void theFilterHaltsOnOutOfMemoryBelowIt() {
        FailFastConfiguration.OutOfMemoryFilter filter = new FailFastConfiguration.OutOfMemoryFilter(exit);
        MockFilterChain failing = new MockFilterChain(new jakarta.servlet.http.HttpServlet() {
            @Override
            protected void service(jakarta.servlet.http.HttpServletRequest req,
                    jakarta.servlet.http.HttpServletResponse resp) {
                throw new OutOfMemoryError("in a filter");
            }
        });

        try {
            filter.doFilter(new MockHttpServletRequest(), new MockHttpServletResponse(), failing);
        } catch (Throwable expected) {
            // rethrown after halting (the real halt never returns)
        }

        assertThat(halts).containsExactly(OutOfMemoryExit.EXIT_CODE);
    }
}
