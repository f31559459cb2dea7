package id.patuh.cli;

import java.util.Collections;
import java.util.Enumeration;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;

import id.patuh.messages.Texts;

/**
 * The words of the commands' help, from the {@code cli} bundle: the annotations name a key as
 * {@code ${bundle:cli.help.audit}} and picocli asks this bundle for it. The command line has no
 * language of its own, so its help reads as it always has: {@code cli.help.*} in both languages
 * ({@code "id / en"}), {@code cli.hint.*} (the short option hints) in Bahasa Indonesia only.
 * Looked up through {@link Texts}, so the same {@code MessageFormat} rules hold as everywhere.
 */
final class HelpTexts extends ResourceBundle {

    static final String HELP = "cli.help.";
    static final String HINT = "cli.hint.";

    /** The keys of the {@code cli} bundle; picocli asks which keys exist before it asks for one. */
    private static final Set<String> KEYS = ResourceBundle.getBundle("i18n/cli", Locale.ROOT,
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES)).keySet();

    @Override
    protected Object handleGetObject(String key) {
        if (key.startsWith(HELP) && KEYS.contains(key)) {
            return Texts.both(key);
        }
        if (key.startsWith(HINT) && KEYS.contains(key)) {
            return Texts.id(key);
        }
        return null;
    }

    @Override
    public Enumeration<String> getKeys() {
        return Collections.enumeration(KEYS.stream().filter(k -> k.startsWith(HELP) || k.startsWith(HINT)).toList());
    }
}
