package id.patuh.messages;

import java.util.Arrays;
import java.util.Locale;

/**
 * A message not yet put into words: its key and arguments. What a refusal carries, so that the
 * same exception reads in the language of whoever receives it (the API's caller, the console's
 * user, the command line in both).
 */
public record Text(String key, Object... args) {

    public String id() {
        return Texts.id(key, args);
    }

    public String en() {
        return Texts.en(key, args);
    }

    public String both() {
        return Texts.both(key, args);
    }

    public String current() {
        return Texts.current(key, args);
    }

    public String in(Locale locale) {
        return Texts.in(locale, key, args);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Text text && key.equals(text.key) && Arrays.equals(args, text.args);
    }

    @Override
    public int hashCode() {
        return 31 * key.hashCode() + Arrays.hashCode(args);
    }

    @Override
    public String toString() {
        return key + Arrays.toString(args);
    }
}
