package id.patuh.failfast;

import java.io.IOException;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.ModelAndView;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Installs {@link OutOfMemoryExit} where an out-of-memory error would otherwise be swallowed:
 * Spring MVC wraps an {@code Error} from a controller in a {@code ServletException} and hands it
 * to the exception resolvers, where a catch-all advice would answer 500 and carry on; so the
 * first resolver, and the outermost filter (for errors in filters, e.g. while reading a body),
 * halt instead. Threads without a handler are covered by the default uncaught-exception handler.
 */
@Configuration(proxyBeanMethods = false)
class FailFastConfiguration {

    FailFastConfiguration() {
        OutOfMemoryExit.installDefaultHandler();
    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
    static class Web {

        @Bean
        FilterRegistrationBean<OutOfMemoryFilter> outOfMemoryFilter() {
            FilterRegistrationBean<OutOfMemoryFilter> registration =
                    new FilterRegistrationBean<>(new OutOfMemoryFilter(OutOfMemoryExit.PROCESS));
            registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
            return registration;
        }

        @Bean
        OutOfMemoryResolver outOfMemoryResolver() {
            return new OutOfMemoryResolver(OutOfMemoryExit.PROCESS);
        }
    }

    /** Outermost filter: an out-of-memory error anywhere below it halts the process. */
    static final class OutOfMemoryFilter extends OncePerRequestFilter {

        private final OutOfMemoryExit exit;

        OutOfMemoryFilter(OutOfMemoryExit exit) {
            this.exit = exit;
        }

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            try {
                chain.doFilter(request, response);
            } catch (Throwable error) {
                exit.haltIfOutOfMemory(error);
                throw error;
            }
        }
    }

    /** First of Spring MVC's exception resolvers: sees the error before any advice can answer it. */
    static final class OutOfMemoryResolver implements HandlerExceptionResolver, Ordered {

        private final OutOfMemoryExit exit;

        OutOfMemoryResolver(OutOfMemoryExit exit) {
            this.exit = exit;
        }

        @Override
        public ModelAndView resolveException(HttpServletRequest request, HttpServletResponse response, Object handler,
                Exception error) {
            exit.haltIfOutOfMemory(error);
            return null; // not out of memory: the other resolvers and advices decide
        }

        @Override
        public int getOrder() {
            return Ordered.HIGHEST_PRECEDENCE;
        }
    }
}
