package id.patuh.errors;

import java.nio.file.Path;
import java.util.List;

import org.springframework.web.servlet.i18n.AcceptHeaderLocaleResolver;

import id.patuh.messages.Texts;
import id.patuh.store.StoreProperties;

/**
 * The application's one error advice and a language choice like the application's, for a module's
 * standalone MockMvc tests ({@code MockMvcBuilders.standaloneSetup(…).setControllerAdvice(advice())
 * .setLocaleResolver(locales())}): its refusals are answered as the running service answers them.
 */
public final class ProblemAdviceFixture {

    private ProblemAdviceFixture() {
    }

    public static Object advice() {
        return new ProblemAdvice(new StoreProperties(StoreProperties.EmbeddedBackend.MEMORY, Path.of("unused"),
                "127.0.0.1", 0, "patuh"));
    }

    /** {@code Accept-Language} among the supported languages, Bahasa Indonesia without one. */
    public static AcceptHeaderLocaleResolver locales() {
        AcceptHeaderLocaleResolver resolver = new AcceptHeaderLocaleResolver();
        resolver.setSupportedLocales(List.copyOf(Texts.SUPPORTED));
        resolver.setDefaultLocale(Texts.ID);
        return resolver;
    }
}
