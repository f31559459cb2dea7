package id.patuh.messages;

import java.io.IOException;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;

import org.springframework.context.i18n.LocaleContext;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpHeaders;
import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Gives every request, before any other filter sees it, the language {@link RequestLocales}
 * picks: {@code request.getLocale()} and {@link LocaleContextHolder} both say it. Without this,
 * the filters that answer before Spring MVC does (sign-in, the throttle, a store outage in the
 * session filter or at the error dispatch) would read the servlet container's guess, which is
 * the JVM's locale when no {@code Accept-Language} is sent. Runs on the error dispatch too. The
 * answer says its language ({@code Content-Language}) and that it varies with {@code Accept-Language}.
 */
final class RequestLocaleFilter extends OncePerRequestFilter {

    private final RequestLocales locales;

    RequestLocaleFilter(RequestLocales locales) {
        this.locales = locales;
    }

    @Override
    protected boolean shouldNotFilterErrorDispatch() {
        return false;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Locale locale = locales.resolveLocale(request);
        if (!isAsyncDispatch(request) && request.getDispatcherType() != DispatcherType.ERROR) {
            // say which language the answer is in, and that it depends on Accept-Language (caches)
            response.setHeader(HttpHeaders.CONTENT_LANGUAGE, locale.toLanguageTag());
            response.addHeader(HttpHeaders.VARY, HttpHeaders.ACCEPT_LANGUAGE);
        }
        LocaleContext previous = LocaleContextHolder.getLocaleContext();
        LocaleContextHolder.setLocale(locale);
        try {
            chain.doFilter(new InLanguage(request, locale), response);
        } finally {
            LocaleContextHolder.setLocaleContext(previous);
        }
    }

    /** The request as the rest of the chain reads it: in the chosen language. */
    private static final class InLanguage extends HttpServletRequestWrapper {

        private final Locale locale;

        InLanguage(HttpServletRequest request, Locale locale) {
            super(request);
            this.locale = locale;
        }

        @Override
        public Locale getLocale() {
            return locale;
        }

        @Override
        public Enumeration<Locale> getLocales() {
            return Collections.enumeration(List.of(locale));
        }
    }
}
