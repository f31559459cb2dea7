package id.patuh.messages;

import java.time.Duration;
import java.util.List;
import java.util.Locale;

import org.springframework.context.i18n.LocaleContext;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.i18n.SimpleLocaleContext;
import org.springframework.http.HttpHeaders;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Which language a request is answered in: the console's own choice first (the {@code patuh-lang}
 * cookie, set by {@code ?lang=en} or {@code ?lang=id}), else the best supported match of
 * {@code Accept-Language}, else Bahasa Indonesia. Only the two supported languages ever come out,
 * so a cookie saying {@code fr} reads as Indonesian.
 */
final class RequestLocales extends CookieLocaleResolver {

    static final String COOKIE = "patuh-lang";

    RequestLocales() {
        super(COOKIE);
        setDefaultLocaleFunction(RequestLocales::fromHeader);
        setCookieMaxAge(Duration.ofDays(365));
        setCookieHttpOnly(true);
        setCookieSameSite("Lax");
        setCookiePath("/");
    }

    /** The best match of {@code Accept-Language} among the supported languages; Indonesian without one. */
    static Locale fromHeader(HttpServletRequest request) {
        String header = request.getHeader(HttpHeaders.ACCEPT_LANGUAGE);
        if (header == null || header.isBlank()) {
            return Texts.ID;
        }
        try {
            List<Locale.LanguageRange> ranges = Locale.LanguageRange.parse(header);
            Locale match = Locale.lookup(ranges, Texts.SUPPORTED);
            return match == null ? Texts.ID : match;
        } catch (IllegalArgumentException malformed) {
            return Texts.ID;
        }
    }

    @Override
    public Locale resolveLocale(HttpServletRequest request) {
        return Texts.supported(super.resolveLocale(request));
    }

    @Override
    public LocaleContext resolveLocaleContext(HttpServletRequest request) {
        return new SimpleLocaleContext(Texts.supported(super.resolveLocaleContext(request).getLocale()));
    }

    @Override
    public void setLocale(HttpServletRequest request, HttpServletResponse response, Locale locale) {
        super.setLocale(request, response, locale == null ? null : Texts.supported(locale));
        // ?lang= is read by an interceptor after DispatcherServlet has fixed the request's
        // LocaleContextHolder: without this, Texts.current in the controller would still answer in
        // the previous language on the very request that chose the new one
        LocaleContextHolder.setLocale(resolveLocale(request));
    }
}
