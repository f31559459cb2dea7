package id.patuh.messages;

import java.time.Duration;
import java.util.List;
import java.util.Locale;

import org.springframework.context.i18n.LocaleContext;
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

    /**
     * Read lazily, as Spring's own context is: DispatcherServlet puts this context where
     * {@link Texts#current} finds it before {@code ?lang=} is applied, so a context fixed here
     * would keep the old language for the rest of the request that chose the new one.
     */
    @Override
    public LocaleContext resolveLocaleContext(HttpServletRequest request) {
        LocaleContext resolved = super.resolveLocaleContext(request);
        return () -> Texts.supported(resolved.getLocale());
    }

    @Override
    public void setLocale(HttpServletRequest request, HttpServletResponse response, Locale locale) {
        super.setLocale(request, response, locale == null ? null : Texts.supported(locale));
    }
}
