package id.patuh.console;

import org.springframework.context.annotation.Configuration;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.support.RequestContextUtils;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * After {@code ?lang=en} changed the language (the locale interceptor, which runs first), the
 * words built in Java for the same page ({@code Texts.current}: the menu, notices, explanations)
 * follow it too. DispatcherServlet put the language it resolved at the start of the request into
 * {@link LocaleContextHolder}, which {@code Texts.current} reads; templates ask the resolver again
 * and would otherwise be in the new language while the Java texts stayed in the old one.
 */
@Configuration(proxyBeanMethods = false)
class ConsoleLanguageChange implements WebMvcConfigurer, HandlerInterceptor {

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this).order(Ordered.LOWEST_PRECEDENCE);
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        LocaleContextHolder.setLocale(RequestContextUtils.getLocale(request));
        return true;
    }
}
