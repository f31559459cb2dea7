package id.patuh.messages;

import java.time.temporal.TemporalAccessor;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContext;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.modulith.NamedInterface;

/**
 * The words patuh says, looked up by key in the bundles under {@code i18n/}. Static because the
 * same words are needed where there is no Spring context (the offline audit, the command line,
 * readers and records); the application's {@link MessageSource} bean is this same source, so the
 * console's templates ({@code #{key}}) read the same bundles.
 *
 * <p>Numbers and dates given as arguments are written with {@code String.valueOf}, never in the
 * locale's format: {@code 1234} stays {@code 1234} in both languages, as it was before the bundles.
 * Patterns always go through {@link java.text.MessageFormat}, so a literal apostrophe is written
 * {@code ''} in the bundles.
 */
@NamedInterface("api")
public final class Texts {

    /** Bahasa Indonesia: the default bundle (no {@code _id} file; the default file is Indonesian). */
    public static final Locale ID = Locale.forLanguageTag("id");
    public static final Locale EN = Locale.ENGLISH;
    public static final List<Locale> SUPPORTED = List.of(ID, EN);

    /** One bundle per module that speaks to users; a missing file is simply never asked. */
    static final List<String> BUNDLES = List.of("common", "errors", "security", "ingest", "evidence", "catalog",
            "sopimport", "calendar", "evaluation", "findings", "report", "overview", "console", "console-pages",
            "cli", "workload", "bench");

    private static final ResourceBundleMessageSource SOURCE = newSource();

    private Texts() {
    }

    static ResourceBundleMessageSource newSource() {
        ResourceBundleMessageSource source = new ResourceBundleMessageSource();
        source.setBasenames(BUNDLES.stream().map(name -> "i18n/" + name).toArray(String[]::new));
        source.setDefaultEncoding("UTF-8");
        // the default file is Indonesian: never fall back to the JVM's locale (often en_US)
        source.setFallbackToSystemLocale(false);
        source.setAlwaysUseMessageFormat(true);
        return source;
    }

    /** The source behind every lookup, also the application's {@code messageSource} bean. */
    public static MessageSource source() {
        return SOURCE;
    }

    /** In Bahasa Indonesia. A missing key fails loudly ({@link org.springframework.context.NoSuchMessageException}). */
    public static String id(String key, Object... args) {
        return in(ID, key, args);
    }

    /** In English. */
    public static String en(String key, Object... args) {
        return in(EN, key, args);
    }

    /** Both, Indonesian first: {@code "… / …"}, the form logs and the command line keep. */
    public static String both(String key, Object... args) {
        return id(key, args) + " / " + en(key, args);
    }

    /** In the language of the request being served; Bahasa Indonesia outside a request. */
    public static String current(String key, Object... args) {
        return in(currentLocale(), key, args);
    }

    public static String in(Locale locale, String key, Object... args) {
        return SOURCE.getMessage(key, plain(args), supported(locale));
    }

    /** The request's language as {@link RequestLocales} chose it, or Bahasa Indonesia. */
    public static Locale currentLocale() {
        LocaleContext context = LocaleContextHolder.getLocaleContext();
        return context == null ? ID : supported(context.getLocale());
    }

    /** Whether the request being served is answered in English (never outside a request). */
    public static boolean english() {
        return EN.equals(currentLocale());
    }

    /** English for any English locale, Bahasa Indonesia for everything else. */
    public static Locale supported(Locale locale) {
        return locale != null && EN.getLanguage().equals(locale.getLanguage()) ? EN : ID;
    }

    private static Object[] plain(Object[] args) {
        if (args == null || args.length == 0) {
            return args;
        }
        Object[] plain = args.clone();
        for (int i = 0; i < plain.length; i++) {
            if (plain[i] instanceof Number || plain[i] instanceof TemporalAccessor) {
                plain[i] = String.valueOf(plain[i]);
            }
        }
        return plain;
    }
}
